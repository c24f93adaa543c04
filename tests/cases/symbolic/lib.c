/* Linked -Bsymbolic: the library's calls and data reads bind to its own definitions. */
const char *sym_fn(void) { return "lib"; }
const char *sym_data = "lib-data";
const char *lib_calls(void) { return sym_fn(); }
const char *lib_reads(void) { return sym_data; }
