/* crtn.o on RISC-V (RV64): the endings of _init and _fini (see crt_crti.S). */
	.option norvc
	.section .init, "ax", @progbits
	ld ra, 8(sp)
	addi sp, sp, 16
	ret

	.section .fini, "ax", @progbits
	ld ra, 8(sp)
	addi sp, sp, 16
	ret

	.section .note.GNU-stack, "", @progbits
