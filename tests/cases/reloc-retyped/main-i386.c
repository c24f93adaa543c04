#include <stdio.h>
#include <stdint.h>
extern char target[];
extern uint32_t slot_32, slot_pc32, slot_none;
extern char *slot_relsym, *slot_base;

int main(void)
{
	uintptr_t t = (uintptr_t)target;
	printf("R_386_32 %d\n", slot_32 == t + 4);
	printf("R_386_PC32 %d\n", (uintptr_t)&slot_pc32 + slot_pc32 == t + 0x10);
	printf("R_386_NONE %d\n", slot_none == 0x77);
	/* RELATIVE ignores the symbol it names: B + A. */
	printf("R_386_RELATIVE %d\n", slot_relsym == slot_base + 0x20);
	return 0;
}
