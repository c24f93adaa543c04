/* libname.so: says which linker linked it (LINKER, from the build). */
const char *lib_name(void) { return LINKER; }
