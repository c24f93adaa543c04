/* Protected symbols: the library's own references bind to its own definitions. */
__attribute__((visibility("protected"))) const char *prot_fn(void) { return "lib"; }
__attribute__((visibility("protected"))) const char *prot_data = "lib-data";
const char *lib_calls(void) { return prot_fn(); }
const char *lib_reads(void) { return prot_data; }
