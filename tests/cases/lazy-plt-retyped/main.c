#include <stdio.h>

int call_through_plt(int x);

int main(void)
{
	printf("%d\n", call_through_plt(5));
	return 0;
}
