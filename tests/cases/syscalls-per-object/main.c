#include <stdio.h>
const char *one(int *n);
int main(void)
{
	int n;
	const char *s = one(&n);

	printf("%s %d\n", s, n);
	return 0;
}
