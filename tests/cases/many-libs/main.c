/* 50 libraries: all load, all constructors run once, every function is reachable. */
#include <stdio.h>
int ctor_count;
#include "calls.h"
int main(void)
{
	long sum = 0;
	for (int i = 0; i < NLIBS; i++)
		sum = sum * 31 % 1000003 + fns[i]();
	printf("libs=%d ctors=%d checksum=%ld\n", NLIBS, ctor_count, sum);
	return 0;
}
