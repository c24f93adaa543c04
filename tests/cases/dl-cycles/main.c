/*
 * 1,000 dlopen/dlsym/dlclose cycles of a library with TLS and a
 * constructor: every cycle runs the constructor once and the destructor
 * once, sees a fresh TLS block, and in the end the process has exactly
 * the mappings it had before (/proc/self/maps has as many lines).
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define CYCLES 1000

int ctor_count, dtor_count;

/* Lines of /proc/self/maps, and whether any names the library. */
static int count_maps(int *lib_mapped)
{
	static char buf[1 << 16];
	int fd = open("/proc/self/maps", O_RDONLY), lines = 0;
	ssize_t n;

	*lib_mapped = 0;
	if (fd < 0)
		return -1;
	while ((n = read(fd, buf, sizeof buf - 1)) > 0) {
		buf[n] = 0;
		for (ssize_t i = 0; i < n; i++)
			lines += buf[i] == '\n';
		/* A name split across two reads is missed; rare and harmless. */
		if (strstr(buf, "libcycle.so"))
			*lib_mapped = 1;
	}
	close(fd);
	return lines;
}

static int cycle(void)
{
	void *h = dlopen("libcycle.so", RTLD_NOW);
	int (*touch)(void);
	int fresh;

	if (!h) {
		printf("dlopen: %s\n", dlerror());
		return -1;
	}
	touch = (int (*)(void))dlsym(h, "touch_tls");
	if (!touch) {
		printf("dlsym: %s\n", dlerror());
		return -1;
	}
	fresh = touch();
	if (dlclose(h) != 0) {
		printf("dlclose: %s\n", dlerror());
		return -1;
	}
	return fresh;
}

int main(void)
{
	int before, after, mapped, stale = 0;

	/* Warm up: the allocators may map their arenas on first use. */
	for (int i = 0; i < 10; i++)
		if (cycle() < 0)
			return 1;
	before = count_maps(&mapped);
	if (before <= 0 || mapped) {
		printf("maps before: %d lines, library mapped %d\n", before, mapped);
		return 1;
	}
	for (int i = 0; i < CYCLES; i++) {
		int r = cycle();
		if (r < 0)
			return 1;
		stale += !r;
	}
	after = count_maps(&mapped);
	printf("cycles: %d, stale TLS blocks: %d\n", CYCLES, stale);
	printf("constructors == destructors: %d (%s)\n",
	       ctor_count == dtor_count,
	       ctor_count == CYCLES + 10 ? "one per cycle" : "wrong count");
	printf("mappings: %s, library still mapped: %d\n",
	       after == before ? "no growth" : "changed", mapped);
	if (after != before)
		printf("  %d lines before, %d after\n", before, after);
	return 0;
}
