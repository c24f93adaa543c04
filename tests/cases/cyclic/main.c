/* A dependency cycle a <-> b: each loaded once, each constructor runs once, symbols resolve both ways. */
#include <stdio.h>
const char *a_calls_b(void), *b_calls_a(void);
int main(void)
{
	printf("a->%s b->%s\n", a_calls_b(), b_calls_a());
	return 0;
}
