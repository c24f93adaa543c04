/* A library found in the search path that is not ELF is a fatal error (as glibc), not skipped. */
#include <stdio.h>
int bad_fn(void);
int main(void)
{
	printf("bad_fn=%d\n", bad_fn());
	return 0;
}
