/* The executable defines the same names as a -Bsymbolic library: each sees its own. */
#include <stdio.h>
const char *sym_fn(void) { return "exe"; }
const char *sym_data = "exe-data";
const char *lib_calls(void), *lib_reads(void);
int main(void)
{
	printf("exe: %s %s\n", sym_fn(), sym_data);
	printf("lib: %s %s\n", lib_calls(), lib_reads());
	return 0;
}
