/*
 * A program whose start-up objects define about 20,000 symbols: the
 * process-wide symbol table (the symtable loader build makes one for
 * every program) then has 32,768 four-byte slots, 128 KiB, more than the
 * allocator's largest size class, so ldso_alloc_filled maps it on its own,
 * with no header: exactly 128 KiB, not a page more.  The program prints a
 * symbol of the library (found through the table) and the sizes of the
 * anonymous read-write mappings between 64 KiB and 2 MiB that
 * /proc/self/maps lists.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern int b19999;

static char buf[1 << 16];

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

int main(void)
{
	int fd = open("/proc/self/maps", O_RDONLY);
	ssize_t n, len = 0;
	char *line, *end;

	printf("b19999 = %d\n", b19999);
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
