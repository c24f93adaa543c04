/*
 * For the cases that read their own mappings (symtable-pages,
 * symtable-after-start, symtable-huge, reloc-release): read_proc reads a
 * whole /proc file; print_anonymous_mappings prints the anonymous
 * read-write mappings between 64 KiB and 2 MiB that /proc/self/maps
 * lists, one "anonymous mapping: N KiB" line each.  The loader's own
 * arena is one (256 KiB); a symbol table above 64 KiB is another.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* path's contents, up to size - 1 bytes and NUL-terminated; 0 if it
 * cannot be opened (perror said why). */
static inline char *read_proc(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY);
	ssize_t n, len = 0;

	if (fd < 0) {
		perror(path);
		return 0;
	}
	while (len < (ssize_t)size - 1 &&
	       (n = read(fd, buf + len, size - 1 - len)) > 0)
		len += n;
	close(fd);
	buf[len] = 0;
	return buf;
}

/* "lo-hi perms offset dev inode [name]": its size if anonymous rw-p
 * (and where it starts, in *lo). */
static inline unsigned long anonymous_rw(const char *line, unsigned long *lo)
{
	char *end;
	unsigned long hi;
	int fields = 0;

	*lo = strtoul(line, &end, 16);
	if (*end != '-')
		return 0;
	hi = strtoul(end + 1, &end, 16);
	if (strncmp(end, " rw-p ", 6))
		return 0;
	/* Five fields, then nothing but blanks: no name. */
	for (const char *p = end; *p && *p != '\n'; p++)
		if (*p != ' ' && p[-1] == ' ')
			fields++;
	return fields == 4 ? hi - *lo : 0;
}

static inline int print_anonymous_mappings(void)
{
	static char buf[1 << 16];
	unsigned long lo;
	char *line, *end;

	if (!read_proc("/proc/self/maps", buf, sizeof(buf)))
		return 1;
	for (line = buf; *line; line = end + 1) {
		unsigned long size = anonymous_rw(line, &lo);
		if (size > (64ul << 10) && size < (2ul << 20))
			printf("anonymous mapping: %lu KiB\n", size >> 10);
		if (!(end = strchr(line, '\n')))
			break;
	}
	return 0;
}
