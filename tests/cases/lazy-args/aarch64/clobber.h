/*
 * What an IFUNC resolver may change, changed: the loader calls the
 * resolver of an IFUNC symbol from inside its lazy-binding fixup, between
 * the trampoline's save and restore, so every argument register the
 * trampoline failed to keep would reach the target wrong.  AArch64 passes
 * arguments in x0-x7, the address of an indirect result in x8, and
 * floating-point and vector arguments in q0-q7, all 128 bits (long
 * double, 16-byte vectors).  x0-x17 become -1 (a lost x8 makes the callee
 * store its result at -1), v0-v7 and two temporaries all ones.
 */
static void clobber(void)
{
	__asm__ volatile (
		"mov x0, #-1\n\tmov x1, #-1\n\tmov x2, #-1\n\tmov x3, #-1\n\t"
		"mov x4, #-1\n\tmov x5, #-1\n\tmov x6, #-1\n\tmov x7, #-1\n\t"
		"mov x8, #-1\n\tmov x9, #-1\n\tmov x10, #-1\n\tmov x11, #-1\n\t"
		"mov x12, #-1\n\tmov x13, #-1\n\tmov x14, #-1\n\tmov x15, #-1\n\t"
		"mov x16, #-1\n\tmov x17, #-1\n\t"
		"movi v0.2d, #0xffffffffffffffff\n\tmovi v1.2d, #0xffffffffffffffff\n\t"
		"movi v2.2d, #0xffffffffffffffff\n\tmovi v3.2d, #0xffffffffffffffff\n\t"
		"movi v4.2d, #0xffffffffffffffff\n\tmovi v5.2d, #0xffffffffffffffff\n\t"
		"movi v6.2d, #0xffffffffffffffff\n\tmovi v7.2d, #0xffffffffffffffff\n\t"
		"movi v16.2d, #0xffffffffffffffff\n\tmovi v31.2d, #0xffffffffffffffff"
		::: "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9",
		    "x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17",
		    "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v16", "v31",
		    "memory");
}
