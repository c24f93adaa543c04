/*
 * A GOT entry and a PLT slot whose relocations carry an addend, which no
 * linker writes: libuse.so's entry for data gets 8 (data[2] if added),
 * the program's slot for f0 gets f1 - f0 (the call runs f1 if added).
 * Each CPU's psABI says whether to add it, at start and at a first call
 * alike: x86-64 never (as glibc; musl adds both), i386 never (REL: the
 * word in place is overwritten), aarch64 always (glibc adds it too, but at
 * a first call drops it), riscv64 for its GOT entries (R_RISCV_64) and
 * not for JUMP_SLOT (glibc adds it when binding at start only).
 */
#include <stdio.h>

int *first(void);
int f0(void);

int main(void)
{
	printf("data %d\n", *first());
	printf("call %d\n", f0());
	return 0;
}
