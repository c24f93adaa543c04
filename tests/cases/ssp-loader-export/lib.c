/* A protected library function, checked against the same guard. */
#include <string.h>

int lib_protected(int n)
{
	char buf[32];

	memset(buf, 'x', sizeof buf);
	buf[n] = 0;
	return (int)strlen(buf);
}
