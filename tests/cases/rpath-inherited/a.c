/* liba has no search path of its own and needs libb, which lives in sub/. */
const char *lib_b(void);
const char *lib_a(void) { return lib_b(); }
