/* An object with both DT_RPATH and DT_RUNPATH: DT_RPATH is ignored. */
#include <stdio.h>
const char *which(void);
int main(void)
{
	printf("%s\n", which());
	return 0;
}
