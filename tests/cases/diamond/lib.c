/* One source for liba, libb, libc_: a constructor that prints, and a function. */
#include <stdio.h>
#ifdef DEP
const char *DEP(void);
#define CALL DEP()
#else
#define CALL ""
#endif
static int ctor_runs;
__attribute__((constructor)) static void init(void)
{
	ctor_runs++;
	printf("ctor %s\n", NAME);
}
const char *FN(void)
{
	static char buf[64];
	snprintf(buf, sizeof(buf), "%s(ctor ran %d)%s%s", NAME, ctor_runs, *CALL ? "->" : "", CALL);
	return buf;
}
