/* A program that prints which who() it got. */
#include <stdio.h>
const char *who(void);

int main(void)
{
	printf("who=%s\n", who());
	return 0;
}
