/*
 * What an IFUNC resolver may change, changed: the loader calls the
 * resolver of an IFUNC symbol from inside its lazy-binding fixup, between
 * the trampoline's save and restore, so every argument register the
 * trampoline failed to keep would reach the target wrong.  RISC-V LP64D
 * passes arguments in a0-a7 (also varargs doubles, long double halves,
 * the address of an indirect result) and fa0-fa7 (doubles, NaN-boxed
 * floats).  a0-a7 and t0-t6 become -1, fa0-fa7 and two temporaries all
 * ones (a NaN, and not a valid boxed float).
 */
static void clobber(void)
{
	__asm__ volatile (
		"li a0, -1\n\tli a1, -1\n\tli a2, -1\n\tli a3, -1\n\t"
		"li a4, -1\n\tli a5, -1\n\tli a6, -1\n\tli a7, -1\n\t"
		"li t0, -1\n\tli t1, -1\n\tli t2, -1\n\tli t3, -1\n\t"
		"li t4, -1\n\tli t5, -1\n\tli t6, -1\n\t"
		"fmv.d.x fa0, t0\n\tfmv.d.x fa1, t0\n\tfmv.d.x fa2, t0\n\t"
		"fmv.d.x fa3, t0\n\tfmv.d.x fa4, t0\n\tfmv.d.x fa5, t0\n\t"
		"fmv.d.x fa6, t0\n\tfmv.d.x fa7, t0\n\t"
		"fmv.d.x ft0, t0\n\tfmv.d.x ft11, t0"
		::: "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7",
		    "t0", "t1", "t2", "t3", "t4", "t5", "t6",
		    "fa0", "fa1", "fa2", "fa3", "fa4", "fa5", "fa6", "fa7",
		    "ft0", "ft11", "memory");
}
