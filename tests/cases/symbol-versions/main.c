/* Linked against release 2, and runs the old program too: each binds to
 * the version it was linked against. */
#include <stdio.h>
const char *foo(void);
int main(void)
{
	printf("new: %s\n", foo());
	fflush(stdout);
	return 0;
}
