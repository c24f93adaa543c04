/*
 * RELRO of an object loaded by dlopen: after dlopen returns, the page of
 * its relocated table is read-only in /proc/self/maps, and a write there
 * dies with SIGSEGV.
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* The permissions of the mapping that holds addr, from /proc/self/maps. */
static const char *perms_of(const void *addr)
{
	static char buf[1 << 16], perms[5];
	int fd = open("/proc/self/maps", O_RDONLY);
	ssize_t n, len = 0;
	char *line, *end;

	if (fd < 0)
		return "no maps";
	while (len < (ssize_t)sizeof buf - 1 &&
	       (n = read(fd, buf + len, sizeof buf - 1 - len)) > 0)
		len += n;
	close(fd);
	buf[len] = 0;
	for (line = buf; *line; line = end + 1) {
		unsigned long lo = strtoul(line, &end, 16);
		unsigned long hi = strtoul(end + 1, &end, 16);
		if (lo <= (unsigned long)addr && (unsigned long)addr < hi) {
			for (int i = 0; i < 4; i++)
				perms[i] = end[1 + i];
			return perms;
		}
		while (*end && *end != '\n')
			end++;
		if (!*end)
			break;
	}
	return "not mapped";
}

int main(void)
{
	void *h = dlopen("librelro.so", RTLD_NOW);
	const char *const *(*get)(void);
	const char *const *table;

	if (!h) {
		printf("dlopen: %s\n", dlerror());
		return 1;
	}
	get = (const char *const *(*)(void))dlsym(h, "lib_table");
	table = get();
	printf("%s %s, mapping %s\n", table[0], table[1], perms_of(table));
	fflush(stdout);
	*(const char *volatile *)&table[0] = "written";
	printf("not reached: %s\n", table[0]);
	return 0;
}
