/*
 * Each of 400 names, defined by the program (the first 50) and by eight
 * libraries, bound by the program and by lib7.so to its first definition
 * in scope order: 100 from the program, 0 from lib0.so; and the names
 * only one library defines, to that library's.
 */
#include <stdio.h>
#include "decls.h"

extern int (*const lib7_table[400])(void);

static int (*const prog_table[400])(void) = {
#include "table.h"
};

static int (*const solo_table[8 * 40])(void) = {
#include "solo.h"
};

extern void target(void);

__asm__(".pushsection .data.rel,\"aw\"\n"
	".balign 16\n"
	"prog_words:\n"
	".rept 280000\n"
	".dc.a target\n"
	".endr\n"
	".popsection");
extern void (*prog_words[])(void);

int main(void)
{
	for (int i = 0; i < 280000; i++)
		if (prog_words[i] != target) {
			printf("word %d: %p, target %p\n", i, (void *)prog_words[i],
			       (void *)target);
			return 1;
		}
	for (int i = 0; i < 400; i++) {
		int want = i < 50 ? 100 : 0;
		if (prog_table[i]() != want || lib7_table[i]() != want ||
		    prog_table[i] != lib7_table[i]) {
			printf("dup%d: program's gives %d, lib7.so's %d, expected %d\n",
			       i, prog_table[i](), lib7_table[i](), want);
			return 1;
		}
	}
	for (int i = 0; i < 8 * 40; i++)
		if (solo_table[i]() != i / 40) {
			printf("solo%d_%d: gives %d\n", i / 40, i % 40, solo_table[i]());
			return 1;
		}
	printf("400 names bound in scope order\n");
	return 0;
}
