#include <stdio.h>
int link_a(int), link_b(int);
int main(void)
{
	printf("%d %d %d\n", link_a(1), link_b(2), link_a(link_b(3)));
	return 0;
}
