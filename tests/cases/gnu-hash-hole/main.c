#include <stdio.h>

/* hole_data's GNU hash is even: its lookup in libhole.so takes the bucket
 * whose chain starts in the hole. */
extern int hole_data;

int main(void)
{
	printf("%d\n", hole_data);
	return 0;
}
