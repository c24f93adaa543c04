/* A table of pointers: relocated at load time, then read-only (.data.rel.ro, PT_GNU_RELRO). */
static const char *const table[] = { "alpha", "beta" };
const char *const *lib_table(void) { return table; }
