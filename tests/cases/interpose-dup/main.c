/* Two libraries define dup_fn: the first in breadth-first order (liba) wins for everyone. */
#include <stdio.h>
const char *dup_fn(void);
extern const char *dup_data;
const char *a_calls(void), *a_reads(void), *b_calls(void), *b_reads(void);
int main(void)
{
	printf("prog: %s %s\n", dup_fn(), dup_data);
	printf("liba: %s %s\n", a_calls(), a_reads());
	printf("libb: %s %s\n", b_calls(), b_reads());
	return 0;
}
