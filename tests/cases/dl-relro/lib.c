/*
 * A table of pointers, relocated at load time and then read-only
 * (.data.rel.ro, PT_GNU_RELRO); this library is loaded by dlopen.
 */
static const char *const table[] = { "alpha", "beta" };
const char *const *lib_table(void) { return table; }
