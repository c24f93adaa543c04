/*
 * crti.o on AArch64: the openings of _init and _fini, whose bodies the
 * linker gathers in .init and .fini from the objects that follow, and
 * whose endings are in crtn.o (linked last).  Each opens a frame record
 * so that calls placed in the bodies may change x30.
 */
	.section .init, "ax", %progbits
	.globl _init
	.type _init, %function
	.balign 4
_init:
	stp x29, x30, [sp, #-16]!
	mov x29, sp

	.section .fini, "ax", %progbits
	.globl _fini
	.type _fini, %function
	.balign 4
_fini:
	stp x29, x30, [sp, #-16]!
	mov x29, sp

	.section .note.GNU-stack, "", %progbits
