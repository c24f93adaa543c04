/* libfoo-1.2.so, soname libfoo.so.1: no file has that name. */
int foo(void) { return 12; }
