/* Each slot starts as an R_X86_64_64 that the build retypes. */
	.data
	.globl target, slot_64, slot_pc64, slot_pc32, slot_32, slot_32s, slot_none
	.globl slot_relsym, slot_base
	.type target, @object
	.size target, 8
target:	.quad 0x1122334455667788
slot_64:	.quad target
slot_pc64:	.quad target
slot_pc32:	.quad target + 0x10	/* writes 4 bytes: S + A - P */
slot_32:	.quad small_abs		/* from libabs.so */
slot_32s:	.quad negative_abs
slot_none:	.quad target + 0x77	/* NONE: left as linked */
slot_relsym:	.quad target + 0x20	/* RELATIVE naming a symbol: B + A */
slot_base:	.quad __ehdr_start	/* RELATIVE from ld: B */
	.section .note.GNU-stack, "", @progbits
