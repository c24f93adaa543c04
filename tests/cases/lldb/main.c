/* Calls into libl.so, where lldb stops. */
#include <stdio.h>

int lib_outer(int);

int main(void)
{
	printf("%d\n", lib_outer(2));
	return 0;
}
