/* liba needs libb, and libb needs liba. */
#include <stdio.h>
const char *b_name(void);
static int runs;
__attribute__((constructor)) static void init(void) { printf("ctor a %d\n", ++runs); }
const char *a_name(void) { return "a"; }
const char *a_calls_b(void) { return b_name(); }
