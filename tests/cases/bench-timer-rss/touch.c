/* touch N [STATUS]: writes N fresh pages, then exits with STATUS. */
#include <stdlib.h>
#include <sys/mman.h>

int main(int argc, char **argv)
{
	long n = atol(argv[1]);
	char *p = mmap(0, (n + 1) * 4096, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return 99;
	for (long i = 0; i < n; i++)
		p[i * 4096] = 1;
	return argc > 2 ? atoi(argv[2]) : 0;
}
