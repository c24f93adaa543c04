/* Both references to the IFUNC get the implementation the resolver chose. */
#include <stdio.h>
extern int (*impl_ptr)(void);
int lib_call(void);
int main(void)
{
	printf("%d %d\n", lib_call(), impl_ptr());
	return 0;
}
