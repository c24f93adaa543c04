/*
 * leaks [-p] FILE...: dlopen each file 20 times (closing it each time it
 * opens) and check that the process is as it was before: the same
 * /proc/self/maps, the same open descriptors, the same bytes in the
 * loader's heap.  Used by tests/cases/dl-leaks and the corpus group.
 * With -p, "leaks: checking FILE" goes to stderr before each file: when
 * a corrupt library kills the process, the corpus group knows which one
 * and goes on after it instead of running each file alone.
 *
 * The first open of each file is a warm-up, left out of the comparison:
 * it may grow what the loader keeps for every later open (its allocator's
 * arena, the TLS module table), which a leak would keep growing and a
 * cache does not.
 */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define ROUNDS 20
#define MAX_FD 256

size_t __ldso_heap_in_use(void);

struct snapshot {
	char maps[65536];
	size_t maps_len;
	unsigned char fds[MAX_FD];
	size_t heap;
};

static struct snapshot before, after;

static void take(struct snapshot *s)
{
	int fd = open("/proc/self/maps", O_RDONLY);
	ssize_t n;

	s->maps_len = 0;
	while (fd >= 0 && (n = read(fd, s->maps + s->maps_len,
				    sizeof(s->maps) - 1 - s->maps_len)) > 0)
		s->maps_len += n;
	s->maps[s->maps_len] = 0;
	if (fd >= 0)
		close(fd);
	/* Taken after the close: the maps descriptor is not counted. */
	for (int i = 0; i < MAX_FD; i++)
		s->fds[i] = !(read(i, 0, 0) < 0 && errno == EBADF);
	s->heap = __ldso_heap_in_use();
}

/* The first line of a that differs from b, for the report. */
static void first_difference(const char *a, const char *b)
{
	const char *end;

	while (*a && *a == *b)
		a++, b++;
	while (a > after.maps && a[-1] != '\n')
		a--;
	end = strchr(a, '\n');

	printf("    first differing line: %.*s\n",
	       (int)(end ? end - a : (long)strlen(a)), a);
}

static void open_close(const char *file)
{
	void *h = dlopen(file, RTLD_NOW | RTLD_LOCAL);

	if (h)
		dlclose(h);
}

static int check(const char *file)
{
	int leaked = 0;

	open_close(file);
	take(&before);
	for (int i = 0; i < ROUNDS; i++)
		open_close(file);
	take(&after);
	if (before.maps_len != after.maps_len ||
	    memcmp(before.maps, after.maps, before.maps_len)) {
		printf("%s: /proc/self/maps changed\n", file);
		first_difference(after.maps, before.maps);
		leaked = 1;
	}
	for (int i = 0; i < MAX_FD; i++)
		if (before.fds[i] != after.fds[i]) {
			printf("%s: descriptor %d %s\n", file, i,
			       after.fds[i] ? "left open" : "closed");
			leaked = 1;
		}
	if (before.heap != after.heap) {
		printf("%s: loader heap %zu -> %zu bytes\n", file, before.heap,
		       after.heap);
		leaked = 1;
	}
	return leaked;
}

int main(int argc, char **argv)
{
	int leaks = 0, opened = 0, first = 1, progress = 0;

	if (argc > 1 && !strcmp(argv[1], "-p"))
		progress = 1, first = 2;
	for (int i = first; i < argc; i++) {
		void *h;

		if (progress)
			fprintf(stderr, "leaks: checking %s\n", argv[i]);
		h = dlopen(argv[i], RTLD_NOW | RTLD_LOCAL);
		if (h) {
			opened++;
			dlclose(h);
		}
		leaks += check(argv[i]);
	}
	printf("%d files, %d opened, %d leaked\n", argc - first, opened, leaks);
	return leaks != 0;
}
