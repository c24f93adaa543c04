/*
 * _start for crt1.o and Scrt1.o on AArch64.
 *
 * At entry (as the kernel or a loader leaves it): sp points at argc,
 * followed by argv[], NULL, envp[], NULL, auxv; sp is 16-byte aligned.
 * x0 holds a function the program must register with atexit (the
 * loader's fini), or 0.  x29 and x30 are unspecified.
 *
 * Calls __crt_start_c(sp, fini) (crt/crt1.c), which does not return.
 * bl is PC-relative to a hidden symbol: no relocation survives the link,
 * so the same code serves PIE and non-PIE programs.
 */
	.text
	.globl _start
	.type _start, %function
_start:
	.cfi_startproc
	.cfi_undefined x30	/* the outermost frame: unwinders stop here */
	mov x29, #0
	mov x30, #0
	mov x1, x0		/* loader's fini */
	mov x0, sp		/* -> argc */
	bl __crt_start_c
	brk #0
	.cfi_endproc
	.size _start, . - _start
	.hidden __crt_start_c

	.section .note.GNU-stack, "", %progbits
