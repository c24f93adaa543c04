/* crtn.o on x86-64: the endings of _init and _fini (see crt_crti.S). */
	.section .init, "ax", @progbits
	pop %rax
	ret

	.section .fini, "ax", @progbits
	pop %rax
	ret

	.section .note.GNU-stack, "", @progbits
