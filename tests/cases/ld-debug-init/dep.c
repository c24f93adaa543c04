/* libdep.so: needed by libtop.so, so its constructor runs first. */
#include <unistd.h>
__attribute__((constructor)) static void ctor(void) { write(2, "ctor dep\n", 9); }
__attribute__((destructor)) static void dtor(void) { write(2, "dtor dep\n", 9); }
int dep(void) { return 1; }
