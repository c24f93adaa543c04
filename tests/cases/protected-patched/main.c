/*
 * The program defines the names liblib.so marks protected: the library's
 * own references must still bind to its own definitions (protected: the
 * definition cannot be preempted), while the program sees its own.  A
 * hidden definition is no definition for anyone else: the program's hid_fn
 * comes from libother.so, though liblib.so is first in the scope; the
 * library's own reference binds to its own.
 */
#include <stdio.h>
const char *prot_fn(void) { return "exe"; }
const char *prot_data = "exe-data";
const char *hid_fn(void);
const char *lib_calls(void), *lib_reads(void), *lib_calls_hidden(void);
int main(void)
{
	printf("exe: %s %s\n", prot_fn(), prot_data);
	printf("lib: %s %s\n", lib_calls(), lib_reads());
	printf("hidden: exe gets %s, lib gets %s\n", hid_fn(), lib_calls_hidden());
	return 0;
}
