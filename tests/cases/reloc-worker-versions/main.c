#include <stdio.h>

int lib_fn(void);
int lib_call(void);

int (*prog_wants)(void) = lib_fn;

int prog_bar(void) { return 5; }

int main(void)
{
	printf("%d %d\n", prog_wants(), lib_call());
	return 0;
}
