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
#include "../symtable-pages/maps.h"

extern int b211999;

static char buf[1 << 20];

int main(void)
{
	int in_table = 0, found = 0;
	char *line, *end;

	printf("b211999 = %d\n", b211999);
	if (!read_proc("/proc/self/smaps", buf, sizeof(buf)))
		return 1;
	for (line = buf; *line; line = end + 1) {
		unsigned long lo;
		end = strchr(line, '\n');
		if (!end)
			break;
		if (strchr(line, '-') && strchr(line, '-') < strchr(line, ' ') &&
		    line[0] != ' ' && strncmp(line, "VmFlags:", 8)) {
			in_table = anonymous_rw(line, &lo) == 2ul << 20;
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
