/*
 * A PLT call whose DT_JMPREL entry the build retypes from JUMP_SLOT to a
 * GOT word (GLOB_DAT; riscv64: R_RISCV_64): the loader must apply it
 * at start as that type, not make it wait for a first call as a
 * JUMP_SLOT would (the first call would find no JUMP_SLOT to bind).
 * musl applies it too; glibc refuses the object ("unexpected PLT reloc
 * type").
 */
int triple_plus_one(int x);

int call_through_plt(int x)
{
	return triple_plus_one(x);
}
