/* Undefined weak function and data references resolve to 0, with no error. */
#include <stdio.h>
__attribute__((weak)) void absent_fn(void);
__attribute__((weak)) extern int absent_data;
int lib_has_absent(void);
int main(void)
{
	printf("prog: fn=%d data=%d\n", absent_fn == 0, &absent_data == 0);
	printf("lib: %d\n", lib_has_absent());
	return 0;
}
