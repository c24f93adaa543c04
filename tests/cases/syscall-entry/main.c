/* A program whose start-up opens and maps libcrt: the loader's system calls. */
#include <stdio.h>

int main(void)
{
	printf("hello\n");
	return 0;
}
