/* Both references to the IFUNC get the implementation the resolver chose;
 * the pointer into libchoose.so's table is right. */
#include <stdio.h>
extern int (*impl_ptr)(void);
extern int *third;
int lib_call(void);
int main(void)
{
	printf("%d %d %d\n", lib_call(), impl_ptr(), *third);
	return 0;
}
