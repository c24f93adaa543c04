/* Never runs: the loader refuses liblib.so's relocation first. */
#include <stdio.h>
extern int *lib_pointer;

int main(void)
{
	printf("%d\n", *lib_pointer);
	return 0;
}
