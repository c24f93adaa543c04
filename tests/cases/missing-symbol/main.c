/* Every undefined strong symbol is reported, one line each, then exit 127. */
#include <stdio.h>
void present_fn(void);
void no_such_fn(void);
extern int no_such_data;
int main(void)
{
	present_fn();
	no_such_fn();
	printf("%d\n", no_such_data);
	return 0;
}
