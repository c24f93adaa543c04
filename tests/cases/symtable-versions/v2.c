/*
 * The second release: foo@@VER_2 is the default; programs linked against
 * the first release keep getting foo@VER_1 (a hidden, non-default
 * definition, which only a reference asking for VER_1 may bind to).
 */
const char *foo_1(void) { return "foo version 1"; }
const char *foo_2(void) { return "foo version 2"; }
__asm__(".symver foo_1, foo@VER_1");
__asm__(".symver foo_2, foo@@VER_2");
