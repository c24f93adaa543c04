/* The executable defines the same names as the library's protected ones: each sees its own. */
#include <stdio.h>
const char *prot_fn(void) { return "exe"; }
const char *prot_data = "exe-data";
const char *lib_calls(void), *lib_reads(void);
int main(void)
{
	printf("exe: %s %s\n", prot_fn(), prot_data);
	printf("lib: %s %s\n", lib_calls(), lib_reads());
	return 0;
}
