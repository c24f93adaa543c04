/* Never runs: three symbols are undefined, one in each object. */
#include <stdio.h>

extern int gone_prog;
int *prog_pointer = &gone_prog;

__asm__(".pushsection .data.rel,\"aw\"\n"
	".balign 16\n"
	"prog_words:\n"
	".rept 140000\n"
	".dc.a target\n"
	".endr\n"
	".popsection");

int main(void)
{
	printf("%p\n", (void *)prog_pointer);
	return 0;
}
