/*
 * A program whose start-up objects define over 209,715 symbols: the
 * process-wide symbol table (the symtable loader build makes one for
 * every program) then has 524,288 four-byte slots, 2 MiB, the size from
 * which ldso_alloc_filled maps it on its own, aligned to 2 MiB and
 * advised for huge pages, so that filling it takes a page fault per
 * 2 MiB.  The program prints a symbol of the big library (found through
 * the table), the anonymous 2 MiB mappings /proc/self/smaps lists, and
 * their VmFlags (natively: "hg" is MADV_HUGEPAGE).
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern int b211999;

static char buf[1 << 20];

/* A mapping's line: "lo-hi perms offset dev inode [name]". */
static int anonymous_rw_2mib(const char *line, unsigned long *lo)
{
	char *end;
	unsigned long hi;
	int fields = 0;

	*lo = strtoul(line, &end, 16);
	if (*end != '-')
		return 0;
	hi = strtoul(end + 1, &end, 16);
	if (hi - *lo != 2ul << 20 || strncmp(end, " rw-p ", 6))
		return 0;
	/* Five fields, then nothing but blanks: no name. */
	for (const char *p = end; *p && *p != '\n'; p++)
		if (*p != ' ' && (p[-1] == ' '))
			fields++;
	return fields == 4;
}

int main(void)
{
	int fd = open("/proc/self/smaps", O_RDONLY), in_table = 0, found = 0;
	ssize_t n, len = 0;
	char *line, *end;

	printf("b211999 = %d\n", b211999);
	if (fd < 0) {
		perror("/proc/self/smaps");
		return 1;
	}
	while (len < (ssize_t)sizeof(buf) - 1 &&
	       (n = read(fd, buf + len, sizeof(buf) - 1 - len)) > 0)
		len += n;
	close(fd);
	buf[len] = 0;
	for (line = buf; *line; line = end + 1) {
		unsigned long lo;
		end = strchr(line, '\n');
		if (!end)
			break;
		if (strchr(line, '-') && strchr(line, '-') < strchr(line, ' ') &&
		    line[0] != ' ' && strncmp(line, "VmFlags:", 8)) {
			in_table = anonymous_rw_2mib(line, &lo);
			if (in_table) {
				found++;
				printf("table mapping: 2 MiB, %s\n", lo % (2ul << 20) ?
				       "not 2 MiB-aligned" : "2 MiB-aligned");
			}
		} else if (in_table && !strncmp(line, "VmFlags:", 8)) {
			*end = 0;
			printf("table VmFlags: %s\n", strstr(line, " hg") ? "hg" : "no hg");
		}
	}
	if (!found)
		printf("no anonymous 2 MiB mapping\n");
	return 0;
}
