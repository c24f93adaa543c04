/*
 * A program whose start-up objects define about 20,000 symbols: the
 * process-wide symbol table (the symtable loader build makes one for
 * every program) then has 32,768 three-byte slots (96 KiB), a tail of
 * 26,214 more that only a probe running past the last slot reaches, and
 * the byte the last slot's word reads (symtable.h): 176 KiB in whole
 * pages, more than the allocator's largest size class, so
 * ldso_alloc_filled maps it on its own, with no header: exactly 176 KiB,
 * not a page more.  The program prints a
 * symbol of the library (found through the table) and the anonymous
 * mappings between 64 KiB and 2 MiB.
 */
#include "maps.h"

extern int b19999;

int main(void)
{
	printf("b19999 = %d\n", b19999);
	return print_anonymous_mappings();
}
