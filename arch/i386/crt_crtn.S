/* crtn.o on i386: the endings of _init and _fini (see crt_crti.S). */
	.section .init, "ax", @progbits
	add $12, %esp
	ret

	.section .fini, "ax", @progbits
	add $12, %esp
	ret

	.section .note.GNU-stack, "", @progbits
