#include <stdio.h>

int call_both(int);

int main(void)
{
	printf("%d\n", call_both(5));
	return 0;
}
