/* Two heap errors for memcheck: a read past a block, then a double free. */
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) int read_past_end(const int *p)
{
	return p[4];
}

__attribute__((noinline)) void free_twice(int *p)
{
	free(p);
	free(p);
}

int main(void)
{
	int *p = malloc(4 * sizeof(int));
	int x = read_past_end(p);

	free_twice(p);
	printf("%d\n", x != 12345);
	return 0;
}
