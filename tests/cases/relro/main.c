/* Writing into a library's RELRO area after start-up dies with SIGSEGV. */
#include <stdio.h>
const char *const *lib_table(void);
int main(void)
{
	const char *const *table = lib_table();
	printf("%s %s\n", table[0], table[1]);
	fflush(stdout);
	*(const char *volatile *)&table[0] = "written";
	printf("not reached: %s\n", table[0]);
	return 0;
}
