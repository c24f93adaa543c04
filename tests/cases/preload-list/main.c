/* Two preloads, separated by a space (spec) or a colon (check): both load, in order. */
#include <stdio.h>
const char *f1(void), *f2(void), *both(void);
int main(void)
{
	printf("f1=%s f2=%s both=%s\n", f1(), f2(), both());
	return 0;
}
