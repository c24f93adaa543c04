/* touch N [STATUS [HOW]]: writes N fresh pages, then exits with STATUS.
 * HOW "u": gives the pages back (munmap) before the exit; "t": a second
 * thread writes them and gives them back. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static long n;
static int back;

static void *touch(void *arg)
{
	char *p = mmap(0, (n + 1) * 4096, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	(void)arg;
	if (p == MAP_FAILED)
		exit(99);
	for (long i = 0; i < n; i++)
		p[i * 4096] = 1;
	if (back)
		munmap(p, (n + 1) * 4096);
	return 0;
}

int main(int argc, char **argv)
{
	const char *how = argc > 3 ? argv[3] : "";
	pthread_t t;

	n = atol(argv[1]);
	back = strchr(how, 'u') || strchr(how, 't');
	if (strchr(how, 't')) {
		if (pthread_create(&t, 0, touch, 0) || pthread_join(t, 0))
			return 98;
	} else {
		touch(0);
	}
	return argc > 2 ? atoi(argv[2]) : 0;
}
