/* The library calls hook() itself; the executable's hook() must win (glibc semantics). */
#include <stdio.h>
const char *hook(void) { return "lib"; }
void lib_call_hook(void) { printf("lib calls hook: %s\n", hook()); }
