/*
 * Destructors run in the reverse of constructor order: the program needs
 * liba, liba needs libb, so libb is set up first and torn down last.
 */
#include <stdio.h>
int a(void);
int main(void)
{
	printf("main %d\n", a());
	return 0;
}
