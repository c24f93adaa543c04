/* A DT_NEEDED library that is nowhere in the search path: one line, exit 127. */
#include <stdio.h>
void nothere_fn(void);
int main(void)
{
	nothere_fn();
	puts("not reached");
	return 0;
}
