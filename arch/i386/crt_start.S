/*
 * _start for crt1.o and Scrt1.o on i386.
 *
 * At entry (psABI "Process initialization"): esp points at argc, followed
 * by argv[], NULL, envp[], NULL, auxv.  edx holds a function the program
 * must register with atexit (the loader's fini), or 0.  ebp is
 * unspecified.
 *
 * Calls __crt_start_c(sp, fini) (crt/crt1.c), which does not return.
 * gcc assumes esp % 16 == 0 at every call, so the stack is aligned before
 * the two arguments are pushed.  The call is PC-relative to a hidden
 * symbol: no text relocation, so this also serves Scrt1.o.
 */
	.text
	.globl _start
	.type _start, @function
_start:
	.cfi_startproc
	.cfi_undefined eip	/* the outermost frame: unwinders stop here */
	xor %ebp, %ebp		/* the outermost frame, for unwinders */
	mov %esp, %eax		/* -> argc */
	and $-16, %esp
	sub $8, %esp		/* two 4-byte arguments keep the 16 */
	push %edx		/* loader's fini */
	push %eax
	call __crt_start_c
	hlt
	.cfi_endproc
	.size _start, . - _start

	.hidden __crt_start_c
	.section .note.GNU-stack, "", @progbits
