/*
 * libabs.so: absolute symbols.  Defined here, not in libr.so: ld resolves
 * a library's references to its own absolute symbols at link time, and
 * the slots must stay relocations (SHN_ABS: S is st_value, no base).
 */
	.globl small_abs, negative_abs
	.set small_abs, 0x12345678
	.set negative_abs, -5
	.section .note.GNU-stack, "", @progbits
