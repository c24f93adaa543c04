/* One errno for the process: there are no threads yet. */
#include <errno.h>

static int errno_value;

int *__errno_location(void)
{
	return &errno_value;
}
