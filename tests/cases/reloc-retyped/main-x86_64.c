#include <stdio.h>
#include <stdint.h>
extern char target[];
extern uint64_t slot_64, slot_pc64, slot_32s, slot_none;
extern uint64_t slot_pc32, slot_32;
extern char *slot_relsym, *slot_base;

int main(void)
{
	uintptr_t t = (uintptr_t)target;
	printf("R_X86_64_64 %d\n", slot_64 == t);
	printf("R_X86_64_PC64 %d\n", (uintptr_t)&slot_pc64 + slot_pc64 == t);
	printf("R_X86_64_PC32 %d\n",
	       (uintptr_t)&slot_pc32 + (int32_t)(uint32_t)slot_pc32 == t + 0x10);
	printf("R_X86_64_32 %d\n", (uint32_t)slot_32 == 0x12345678);
	printf("R_X86_64_32S %d\n", (int32_t)(uint32_t)slot_32s == -5);
	/* RELA: ld leaves 0 at the place, and NONE must leave it so. */
	printf("R_X86_64_NONE %d\n", slot_none == 0);
	/* RELATIVE ignores the symbol it names: B + A. */
	printf("R_X86_64_RELATIVE %d\n", slot_relsym == slot_base + 0x20);
	return 0;
}
