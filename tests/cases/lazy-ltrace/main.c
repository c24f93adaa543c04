/* Calls into libl.so through lazy PLT slots, the first one twice. */
#include <stdio.h>
int lib_twice(int), lib_thrice(int);
int main(void)
{
	int a = lib_twice(21);
	int b = lib_thrice(a);
	int c = lib_twice(b);
	printf("%d %d %d\n", a, b, c);
	return 0;
}
