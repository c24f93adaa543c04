/*
 * crti.o on i386: the openings of _init and _fini, whose bodies the
 * linker gathers in .init and .fini from the objects that follow, and
 * whose endings are in crtn.o (linked last).
 *
 * The 12 bytes plus the return address keep esp 16-byte aligned for any
 * call placed in the bodies; crtn.o gives them back.
 */
	.section .init, "ax", @progbits
	.globl _init
	.type _init, @function
_init:
	sub $12, %esp

	.section .fini, "ax", @progbits
	.globl _fini
	.type _fini, @function
_fini:
	sub $12, %esp

	.section .note.GNU-stack, "", @progbits
