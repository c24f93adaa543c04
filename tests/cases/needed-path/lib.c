/* Linked by path and without a soname, so DT_NEEDED is "./sub/libx.so". */
const char *lib_x(void) { return "sub/libx"; }
