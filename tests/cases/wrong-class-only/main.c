/* Only a library of the other ELF class is in the path: it is skipped, so "cannot open". */
#include <stdio.h>
const char *which(void);
int main(void)
{
	printf("%s\n", which());
	return 0;
}
