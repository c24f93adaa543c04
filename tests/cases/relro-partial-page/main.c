/* The data after a partial RELRO page stays writable; the table does not. */
#include <stdio.h>
const char *const *lib_table(void);
int bump(void);
int main(void)
{
	const char *const *table = lib_table();
	printf("%s %s, counter %d\n", table[0], table[1], bump());
	fflush(stdout);
	*(const char *volatile *)&table[0] = "written";
	printf("not reached: %s\n", table[0]);
	return 0;
}
