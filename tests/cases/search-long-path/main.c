#include <stdio.h>
const char *pick(void);
int main(void)
{
	puts(pick());
	return 0;
}
