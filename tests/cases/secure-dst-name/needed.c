/* Linked with a library whose soname is "$ORIGIN/libdst.so": DT_NEEDED. */
#include <stdio.h>
const char *who(void);

int main(void)
{
	printf("who=%s\n", who());
	return 0;
}
