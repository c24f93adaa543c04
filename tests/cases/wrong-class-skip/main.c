/* A library of the other ELF class earlier in the path is skipped; the right one later is used. */
#include <stdio.h>
const char *which(void);
int main(void)
{
	printf("%s\n", which());
	return 0;
}
