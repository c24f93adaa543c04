/* A third of a second or so in spin(), called from main, for perf. */
#include <stdio.h>

__attribute__((noinline)) unsigned long spin(unsigned long n)
{
	unsigned long s = 0;

	for (unsigned long i = 0; i < n; i++)
		s += i * i ^ (s >> 3);
	return s;
}

int main(void)
{
	printf("%lu\n", spin(60000000UL) & 1);
	return 0;
}
