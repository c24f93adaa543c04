/* One call through the PLT, bound at its first call. */
#include <stdio.h>

int main(void)
{
	puts("hi");
	return 0;
}
