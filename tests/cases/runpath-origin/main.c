/* DT_RUNPATH with $ORIGIN/sub and ${ORIGIN}/sub2 finds libraries next to the program, from any cwd. */
#include <stdio.h>
const char *lib_a(void), *lib_b(void);
int main(void)
{
	printf("%s %s\n", lib_a(), lib_b());
	return 0;
}
