/* Word relocations with addends, retyped by the build (tests/tools/setreloc). */
	.data
	.globl target, slot_pc32
	.type target, @object
	.size target, 64
target:	.zero 64
slot_pc32:	.long target + 0x20	/* R_386_PC32: S + A - P, A in place */
	.section .note.GNU-stack, "", @progbits
