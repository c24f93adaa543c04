/*
 * crti.o on RISC-V (RV64): the openings of _init and _fini, whose bodies
 * the linker gathers in .init and .fini from the objects that follow, and
 * whose endings are in crtn.o (linked last).  Each saves ra, keeping sp
 * 16-byte aligned, so that calls placed in the bodies may change it.

 *
 * Uncompressed instructions only (norvc), in whole 4-byte units: the
 * linker pads between the pieces of .init with zeros, which in a 2-byte
 * gap would be an illegal instruction.
 */
	.option norvc
	.section .init, "ax", @progbits
	.globl _init
	.type _init, @function
	.balign 4
_init:
	addi sp, sp, -16
	sd ra, 8(sp)

	.section .fini, "ax", @progbits
	.globl _fini
	.type _fini, @function
	.balign 4
_fini:
	addi sp, sp, -16
	sd ra, 8(sp)

	.section .note.GNU-stack, "", @progbits
