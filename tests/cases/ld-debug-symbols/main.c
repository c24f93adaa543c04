#include <stdio.h>
int use(void);
int main(void)
{
	printf("%d\n", use());
	return 0;
}
