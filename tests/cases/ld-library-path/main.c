/* LD_LIBRARY_PATH finds a library in sub/, and is searched before the program's DT_RUNPATH. */
#include <stdio.h>
const char *lib_a(void), *lib_b(void);
int main(void)
{
	printf("%s %s\n", lib_a(), lib_b());
	return 0;
}
