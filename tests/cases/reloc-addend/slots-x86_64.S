/*
 * Word relocations with addends, retyped by the build
 * (tests/tools/setreloc); the absolute symbols come from libabs.so.
 */
	.data
	.globl target, slot_pc64, slot_32, slot_32s
	.type target, @object
	.size target, 64
target:	.zero 64
slot_pc64:	.quad target + 0x20	/* R_X86_64_PC64: S + A - P */
slot_32:	.quad small_abs + 4	/* R_X86_64_32: S + A */
slot_32s:	.quad negative_abs - 3	/* R_X86_64_32S: S + A */
	.section .note.GNU-stack, "", @progbits
