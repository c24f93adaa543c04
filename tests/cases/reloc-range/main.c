/* Never runs: each of its libraries has a relocation that does not fit. */
#include <stdio.h>
extern long slot;
int main(void)
{
	printf("%ld\n", slot);
	return 0;
}
