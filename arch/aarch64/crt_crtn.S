/* crtn.o on AArch64: the endings of _init and _fini (see crt_crti.S). */
	.section .init, "ax", %progbits
	ldp x29, x30, [sp], #16
	ret

	.section .fini, "ax", %progbits
	ldp x29, x30, [sp], #16
	ret

	.section .note.GNU-stack, "", %progbits
