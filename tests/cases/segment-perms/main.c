/*
 * Segments are mapped with their own permissions: the library shows an
 * r-x mapping (text), r-- (headers, rodata and RELRO after protection),
 * rw- (data), and no mapping anywhere is writable and executable.
 */
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
int lib_code(void);

static char maps[65536];

int main(void)
{
	int fd = open("/proc/self/maps", O_RDONLY), n = 0, r;
	int rx = 0, ro = 0, rw = 0, wx = 0;
	char *line, *next;

	while (fd >= 0 && (r = read(fd, maps + n, sizeof(maps) - 1 - n)) > 0)
		n += r;
	maps[n] = 0;
	for (line = maps; *line; line = next) {
		char *perm = strchr(line, ' ') + 1;
		next = strchr(line, '\n');
		next = next ? next + 1 : line + strlen(line);
		if (next[-1] == '\n')
			next[-1] = 0;
		if (perm[1] == 'w' && perm[2] == 'x')
			wx++;
		if (!strstr(line, "libseg.so"))
			continue;
		rx += !strncmp(perm, "r-xp", 4);
		ro += !strncmp(perm, "r--p", 4);
		rw += !strncmp(perm, "rw-p", 4);
	}
	printf("code=%d\n", lib_code());
	printf("r-x %s, r-- %s, rw- %s, w+x %d\n", rx ? "yes" : "no",
	       ro ? "yes" : "no", rw ? "yes" : "no", wx);
	return 0;
}
