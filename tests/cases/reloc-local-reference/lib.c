/*
 * References to shared_word, which libother.so defines: a pointer (a word
 * relocation, S + A) and an address through the GOT (GLOB_DAT).  The build
 * makes shared_word's undefined entry in this library's .dynsym
 * STB_LOCAL (tests/tools/elfpatch), so both bind to the library itself:
 * its base plus the entry's st_value, 0, as glibc and musl bind them.
 * __ehdr_start, which the linker defines hidden, is that base.
 *
 * lib_own (RELATIVE) comes first in the relocation table, so that the
 * loader knows the segment the words lie in before it meets shared_word's:
 * the first word of a table takes the loader's slow path, which would
 * leave the relocations after it, against the same symbol, to its cache.
 */
extern int shared_word;
extern const char __ehdr_start[];

static int own_word;
int *lib_own = &own_word;
int *lib_pointer = &shared_word;

int *lib_got(void) { return &shared_word; }
const void *lib_base(void) { return __ehdr_start; }
