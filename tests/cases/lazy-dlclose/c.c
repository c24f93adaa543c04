/* libslots.so: lazy slots into libcrt.so and into itself. */
#include <stdio.h>
#include <string.h>
int slots_inner(int x) { return x * 3; }
int slots_outer(const char *s) { return slots_inner((int)strlen(s)) + snprintf(0, 0, "%s", s); }
