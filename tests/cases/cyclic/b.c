/* libb needs liba, and liba needs libb. */
#include <stdio.h>
const char *a_name(void);
static int runs;
__attribute__((constructor)) static void init(void) { printf("ctor b %d\n", ++runs); }
const char *b_name(void) { return "b"; }
const char *b_calls_a(void) { return a_name(); }
