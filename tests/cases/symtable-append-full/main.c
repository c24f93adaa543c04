/*
 * The global symbol table built at start (eight libraries whose
 * references pay for it) stays until start-up is over, constructors
 * included; a dlopen with RTLD_GLOBAL from libopen's constructor
 * (opener.c) then appends libmid's names, which fit, and a second one libbig's,
 * which do not (at most 80 % of the slots used): the table must go, and
 * lookups walk.  Counting the slots the first append took
 * is what tells (symtable.c, fits): a table filled past its last empty
 * slot has no end to a probe.
 */
#include <stdio.h>

const char *opened(int i);

int main(void)
{
	printf("%s\n%s\n", opened(0), opened(1));
	return 0;
}
