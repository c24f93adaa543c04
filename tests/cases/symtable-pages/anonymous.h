/*
 * For the symbol table's cases (symtable-pages, symtable-after-start):
 * print the anonymous read-write mappings between 64 KiB and 2 MiB that
 * /proc/self/maps lists, one "anonymous mapping: N KiB" line each.  The
 * loader's own arena is one (256 KiB); a table above 64 KiB is another.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* "lo-hi perms offset dev inode [name]": its size if anonymous rw-p. */
static unsigned long anonymous_rw(const char *line)
{
	char *end;
	unsigned long lo, hi;
	int fields = 0;

	lo = strtoul(line, &end, 16);
	if (*end != '-')
		return 0;
	hi = strtoul(end + 1, &end, 16);
	if (strncmp(end, " rw-p ", 6))
		return 0;
	/* Five fields, then nothing but blanks: no name. */
	for (const char *p = end; *p && *p != '\n'; p++)
		if (*p != ' ' && p[-1] == ' ')
			fields++;
	return fields == 4 ? hi - lo : 0;
}

static int print_anonymous_mappings(void)
{
	static char buf[1 << 16];
	int fd = open("/proc/self/maps", O_RDONLY);
	ssize_t n, len = 0;
	char *line, *end;

	if (fd < 0) {
		perror("/proc/self/maps");
		return 1;
	}
	while (len < (ssize_t)sizeof(buf) - 1 &&
	       (n = read(fd, buf + len, sizeof(buf) - 1 - len)) > 0)
		len += n;
	close(fd);
	buf[len] = 0;
	for (line = buf; *line; line = end + 1) {
		unsigned long size = anonymous_rw(line);
		if (size > (64ul << 10) && size < (2ul << 20))
			printf("anonymous mapping: %lu KiB\n", size >> 10);
		if (!(end = strchr(line, '\n')))
			break;
	}
	return 0;
}
