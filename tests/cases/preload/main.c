/* LD_PRELOAD=./libpre.so overrides a function of a DT_NEEDED library for everyone. */
#include <stdio.h>
const char *greet(void), *base_greet(void);
int main(void)
{
	printf("prog: %s, libbase: %s\n", greet(), base_greet());
	return 0;
}
