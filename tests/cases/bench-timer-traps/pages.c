/* pages N [populate]: writes N fresh pages of a mapping, made with
 * MAP_POPULATE when asked. */
#include <stdlib.h>
#include <sys/mman.h>

int main(int argc, char **argv)
{
	long n = atol(argv[1]);
	int populate = argc > 2 ? MAP_POPULATE : 0;
	char *p = mmap(0, (n + 1) * 4096, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | populate, -1, 0);

	if (p == MAP_FAILED)
		return 99;
	for (long i = 0; i < n; i++)
		p[i * 4096] = 1;
	return 0;
}
