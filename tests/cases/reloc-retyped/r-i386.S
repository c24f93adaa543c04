/* Each slot starts as an R_386_32 that the build retypes. */
	.data
	.globl target, slot_32, slot_pc32, slot_none, slot_relsym, slot_base
	.type target, @object
	.size target, 4
target:	.long 0x11223344
slot_32:	.long target + 4
slot_pc32:	.long target + 0x10	/* addend in place: S + A - P */
slot_none:	.long target + 0x77	/* NONE: the addend stays in place */
slot_relsym:	.long target + 0x20	/* RELATIVE naming a symbol: B + A */
slot_base:	.long __ehdr_start	/* RELATIVE from ld: B */
	.section .note.GNU-stack, "", @progbits
