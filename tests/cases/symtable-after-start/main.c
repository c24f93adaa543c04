/*
 * The process-wide symbol table goes once start-up is over if no PLT
 * slot waits for its first call (ldso_symtable_after_start).  The
 * program's 14,400 relocations make the default loader build a table of
 * 176 KiB (symtable-pages: a mapping of its own); its one call, of f0, is
 * bound lazily unless LD_BIND_NOW is set.  It checks every relocated
 * address, calls f0, and prints the anonymous mappings between 64 KiB and
 * 2 MiB (check says which it expects).
 */
#include "../symtable-pages/maps.h"

extern int *const symbols[];
extern const int libs, per_lib;
int f0(void);

int main(void)
{
	int wrong = 0;

	for (int k = 0; k < libs; k++)
		for (int i = 0; i < per_lib; i++)
			wrong += *symbols[k * per_lib + i] != k * 1000 + i;
	printf("%d of %d values wrong, f0() = %d\n", wrong, libs * per_lib, f0());
	return print_anonymous_mappings();
}
