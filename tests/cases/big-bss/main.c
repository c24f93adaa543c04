/* 64 MiB .bss arrays in the program and a library: read as zero at both ends, and writable. */
#include <stdio.h>
#define SIZE (64 << 20)
static char exe_big[SIZE];
char *lib_big(void);
static void probe(const char *name, volatile char *p)
{
	int zero = p[0] == 0 && p[SIZE / 2] == 0 && p[SIZE - 1] == 0;
	p[0] = 1;
	p[SIZE - 1] = 2;
	printf("%s: zero=%d first=%d last=%d\n", name, zero, p[0], p[SIZE - 1]);
}
int main(void)
{
	probe("exe", exe_big);
	probe("lib", lib_big());
	return 0;
}
