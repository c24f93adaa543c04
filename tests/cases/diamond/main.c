/* main needs a and b; both need c: c is loaded once, its constructor runs once and first. */
#include <stdio.h>
const char *fn_a(void), *fn_b(void), *fn_c(void);
__attribute__((constructor)) static void init(void) { puts("ctor prog"); }
int main(void)
{
	printf("%s\n%s\n", fn_a(), fn_b());
	return 0;
}
