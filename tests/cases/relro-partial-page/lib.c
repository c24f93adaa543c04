/*
 * A RELRO table, and writable data in the page right after RELRO: the
 * build makes PT_GNU_RELRO end 16 bytes into that page (ld always ends it
 * on a page boundary).  Only whole pages become read-only, as with glibc:
 * that last partial page stays writable, the table's pages do not.
 */
static const char *const table[] = { "alpha", "beta" };
int counter = 1;
const char *const *lib_table(void) { return table; }
int bump(void) { return ++counter; }
