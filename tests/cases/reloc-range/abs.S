/* libabs.so: absolute symbols whose values no 32-bit field can hold. */
	.globl big_abs, negative_abs, half_abs, far_abs
	.set big_abs, 0x123456789	/* past 32 bits */
	.set negative_abs, -5		/* R_X86_64_32 must zero-extend */
	.set half_abs, 0x80000000	/* R_X86_64_32S must sign-extend */
	.set far_abs, 0x7fff00000000	/* more than 2 GiB from any place */
	.section .note.GNU-stack, "", @progbits
