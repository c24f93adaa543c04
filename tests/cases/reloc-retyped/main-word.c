/* aarch64 and riscv64: what the retyped slots of libr.so hold. */
#include <stdio.h>
extern char target[];
extern char *slot_word, *slot_none, *slot_none_old;
extern char *slot_relsym, *slot_base;

int main(void)
{
	printf("word %d\n", slot_word == target);
	/* RELA: ld leaves 0 at the place, and NONE must leave it so. */
	printf("NONE %d\n", slot_none == 0);
#if defined(__aarch64__)
	printf("NONE (256) %d\n", slot_none_old == 0);
#endif
	/* RELATIVE ignores the symbol it names: B + A. */
	printf("RELATIVE %d\n", slot_relsym == slot_base + 0x20);
	return 0;
}
