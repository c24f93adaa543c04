/*
 * A program whose start-up objects define over 209,715 symbols: the
 * process-wide symbol table (the symtable loader build makes one for
 * every program) then has 524,288 three-byte slots, 1.5 MiB, from 1 MiB
 * on the size whose slots ldso_alloc_filled maps on their own, aligned
 * to 2 MiB and advised for huge pages, so that filling them takes a page
 * fault per 2 MiB; the slots' tail after them (symtable.h), which only a
 * probe running past the last slot reaches, is advised against them.  The
 * program prints a symbol of the big library (found through the table),
 * and for each anonymous 2 MiB mapping /proc/self/smaps lists, whether it
 * is aligned and its VmFlags' word on huge pages (natively: "hg" is
 * MADV_HUGEPAGE, "nh" MADV_NOHUGEPAGE).
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
				printf("table mapping: 2 MiB, %s, ", lo % (2ul << 20) ?
				       "not 2 MiB-aligned" : "2 MiB-aligned");
			}
		} else if (in_table && !strncmp(line, "VmFlags:", 8)) {
			*end = 0;
			printf("%s\n", strstr(line, " hg") ? "hg" :
			       strstr(line, " nh") ? "nh" : "neither hg nor nh");
		}
	}
	if (!found)
		printf("no anonymous 2 MiB mapping\n");
	return 0;
}
