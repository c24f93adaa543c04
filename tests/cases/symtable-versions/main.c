/*
 * Linked against libver.so's first release: its pointer to foo asks for
 * foo@VER_1, which the second release keeps as a hidden, non-default
 * definition beside foo@@VER_2.  The pointers to the filler libraries'
 * functions (fillers.h, made by the build) are there for the default
 * loader build to build the global symbol table (it pays only with many
 * objects and relocations): foo's relocation then takes the table's
 * own path (reloc.c, probed_word), which must ask for the
 * version as every other lookup does.
 */
#include <stdio.h>
#include "fillers.h"

const char *foo(void);
const char *(*const foo_pointer)(void) = foo;

int main(void)
{
	int sum = 0;

	for (unsigned i = 0; i < sizeof(fillers) / sizeof(fillers[0]); i++)
		sum += fillers[i]();
	printf("foo: %s\nfillers: %d\n", foo_pointer(), sum);
	return 0;
}
