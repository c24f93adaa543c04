/* libtop.so: needs libdep.so. */
#include <unistd.h>
int dep(void);
__attribute__((constructor)) static void ctor(void) { write(2, "ctor top\n", 9); }
__attribute__((destructor)) static void dtor(void) { write(2, "dtor top\n", 9); }
int top(void) { return dep() + 1; }
