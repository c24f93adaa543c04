/* One file, reached as libreal.so, as libalias.so (a symlink) and as ./libreal.so. */
#include <stdio.h>
int shared_global;
__attribute__((constructor)) static void init(void) { puts("ctor real"); }
