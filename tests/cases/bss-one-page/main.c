/* The last byte of a library's .bss, one page past its file data. */
#include <stdio.h>
int touch_last(void);
int main(void)
{
	printf("%d\n", touch_last());
	return 0;
}
