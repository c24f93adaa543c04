#include <stdio.h>
int use(void);
int word(void);
int main(void)
{
	printf("%d\n", use() + word() - 7);
	return 0;
}
