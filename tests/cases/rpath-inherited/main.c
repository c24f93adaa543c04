/* The program's DT_RPATH also serves the dependencies of its dependencies (RPATH is inherited). */
#include <stdio.h>
const char *lib_a(void);
int main(void)
{
	printf("%s\n", lib_a());
	return 0;
}
