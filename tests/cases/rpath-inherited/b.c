/* Found only through the program's search path. */
const char *lib_b(void) { return "libb"; }
