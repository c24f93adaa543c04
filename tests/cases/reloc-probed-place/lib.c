/*
 * A word relocation against shared_word, which libother.so defines, whose
 * place the build moves into the read-only ELF header (tests/tools/
 * elfpatch set-offset): the loader must refuse it, whichever way it looks
 * the symbol up.  lib_own (RELATIVE) comes first in the table, so that
 * the loader knows the table's writable segment before it meets the word:
 * a build with the global symbol table (the symtable build) then takes
 * the table's own path (reloc.c, probed_word), which checks the place
 * itself.
 */
extern int shared_word;

static int own_word;
int *lib_own = &own_word;
int *lib_pointer = &shared_word;
