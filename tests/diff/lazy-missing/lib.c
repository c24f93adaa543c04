/* The library the program links against defines gone(); the one it runs
 * with (built without -DAT_LINK_TIME) does not. */
#include "free.h"

#ifdef AT_LINK_TIME
void gone(void)
{
}
#endif

int here(int x)
{
	return x + 1;
}
