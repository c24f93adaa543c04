/* Each slot starts as an R_X86_64_64 that the build retypes. */
	.data
	.globl target, slot_64, slot_pc64, slot_pc32, slot_32, slot_32s, slot_none
	.type target, @object
	.size target, 8
target:	.quad 0x1122334455667788
	.globl small_abs, negative_abs
	.set small_abs, 0x12345678
	.set negative_abs, -5
slot_64:	.quad target
slot_pc64:	.quad target
slot_pc32:	.quad target + 0x10	/* writes 4 bytes: S + A - P */
slot_32:	.quad small_abs
slot_32s:	.quad negative_abs
slot_none:	.quad 0x77
	.section .note.GNU-stack, "", @progbits
