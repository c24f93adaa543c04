#include <stdio.h>
int a(void);
int main(void)
{
	printf("ran %d\n", a());
	return 0;
}
