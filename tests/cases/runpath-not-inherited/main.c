/* The program's DT_RUNPATH serves only its own DT_NEEDED: liba's libb is not found. */
#include <stdio.h>
const char *lib_a(void);
int main(void)
{
	printf("%s\n", lib_a());
	return 0;
}
