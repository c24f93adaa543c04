#include <stdio.h>

extern int *lib_pointer;
int *lib_value_address(void);

int main(void)
{
	printf("%d %d\n", lib_pointer == lib_value_address(), *lib_pointer);
	return 0;
}
