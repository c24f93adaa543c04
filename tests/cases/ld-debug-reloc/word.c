/* libword.so: one relocation, a word naming def_value (R_*_64 or R_*_32),
 * first in its table: with a global symbol table (the symtable build), the
 * one relocation of the case that the table's inline path leaves to the
 * general one (no segment of the object is known before it), whose lookup
 * LD_DEBUG=statistics must count as well. */
extern int def_value;
static int *const word_ref = &def_value;
int word(void) { return *word_ref; }
