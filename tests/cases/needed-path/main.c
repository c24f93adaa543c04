/* A DT_NEEDED entry with a slash is a path: opened as is, no search. */
#include <stdio.h>
const char *lib_x(void);
int main(void)
{
	printf("%s\n", lib_x());
	return 0;
}
