#include <stdio.h>

extern int gc_first, gc_second;

int main(void)
{
	printf("%d %d\n", gc_first, gc_second);
	return 0;
}
