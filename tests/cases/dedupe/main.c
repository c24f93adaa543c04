/* A library reached under several names is loaded once: one constructor run, one address for its global. */
#include <stdio.h>
extern int shared_global;
int *via_alias(void), *via_real(void), *via_path(void);
int main(void)
{
	printf("one object: %d\n", via_alias() == via_real() && via_real() == via_path() &&
				   via_path() == &shared_global);
	return 0;
}
