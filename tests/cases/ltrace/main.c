/* One write(2) three calls deep, for ltrace. */
#include <unistd.h>

__attribute__((noinline)) void inner(void)
{
	write(1, "hi\n", 3);
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
