/* Says "ready", then waits in read(2) three calls deep, for eu-stack. */
#include <unistd.h>

__attribute__((noinline)) void inner(void)
{
	char c;

	write(1, "ready\n", 6);
	read(0, &c, 1);
}

__attribute__((noinline)) void outer(void)
{
	inner();
}

int main(void)
{
	outer();
	return 0;
}
