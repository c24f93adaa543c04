/* Run through a symlink, the program's $ORIGIN is the directory of the real file (as glibc: /proc/self/exe). */
#include <stdio.h>
const char *lib_l(void);
int main(void)
{
	printf("%s\n", lib_l());
	return 0;
}
