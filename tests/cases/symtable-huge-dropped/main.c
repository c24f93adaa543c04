/*
 * A program whose start-up objects define 212,000 symbols, with 64,000
 * symbolic relocations among them: the default loader builds the
 * process-wide symbol table, whose slots fill huge pages.  The
 * program's calls go through its PLT, bound lazily: each slot waits for
 * its first call when start-up ends, and the table still goes then
 * (ldso_symtable_after_start), so those first calls walk the scope.  It
 * calls pick(), which libraries 0 and 1 both define (the first in
 * scope order wins), and every library's check of its 1,000 relocated
 * addresses, then prints how many anonymous read-write mappings of
 * 1 MiB or more /proc/self/maps lists (the table was one, 2 MiB or more).
 */
#include "../symtable-pages/maps.h"

int pick(void);
int all_wrong(void);

static char buf[1 << 17];	/* under 1 MiB: bss is anonymous too */

int main(void)
{
	unsigned long lo;
	int big = 0;

	printf("pick() = %d\n", pick());
	printf("%d of 64000 values wrong\n", all_wrong());
	if (!read_proc("/proc/self/maps", buf, sizeof(buf)))
		return 1;
	for (char *line = buf; *line; line = strchr(line, '\n') + 1) {
		big += anonymous_rw(line, &lo) >= 1ul << 20;
		if (!strchr(line, '\n'))
			break;
	}
	printf("anonymous mappings of 1 MiB or more: %d\n", big);
	return 0;
}
