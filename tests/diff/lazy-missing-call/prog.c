/* lazy-missing's program, run with the argument "call" (spec): it calls
 * the missing function. */
#include "../lazy-missing/prog.c"
