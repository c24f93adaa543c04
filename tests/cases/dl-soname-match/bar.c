/* libbar.so needs libfoo.so.1 by its soname. */
int foo(void);
int bar(void) { return foo() + 30; }
