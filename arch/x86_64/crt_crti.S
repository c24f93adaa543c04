/*
 * crti.o on x86-64: the openings of _init and _fini, whose bodies the
 * linker gathers in .init and .fini from the objects that follow, and
 * whose endings are in crtn.o (linked last).
 *
 * The push keeps rsp 16-byte aligned for any call placed in the bodies;
 * crtn.o pops it.
 */
	.section .init, "ax", @progbits
	.globl _init
	.type _init, @function
_init:
	push %rax

	.section .fini, "ax", @progbits
	.globl _fini
	.type _fini, @function
_fini:
	push %rax

	.section .note.GNU-stack, "", @progbits
