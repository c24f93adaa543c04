/* The first release of the library. */
const char *foo(void) { return "foo version 1"; }
