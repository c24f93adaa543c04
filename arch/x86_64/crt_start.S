/*
 * _start for crt1.o and Scrt1.o on x86-64.
 *
 * At entry (psABI "Process initialization"): rsp points at argc, followed
 * by argv[], NULL, envp[], NULL, auxv; rsp is 16-byte aligned by the
 * kernel, but a loader that jumped here might not have kept it so.  rdx
 * holds a function the program must register with atexit (the loader's
 * fini), or 0.  rbp is unspecified.
 *
 * Calls __crt_start_c(sp, fini) (crt/crt1.c), which does not return.
 * The call is PC-relative to a hidden symbol: no relocation survives the
 * link, so the same code serves PIE and non-PIE programs.
 */
	.text
	.globl _start
	.type _start, @function
_start:
	.cfi_startproc
	.cfi_undefined rip	/* the outermost frame: unwinders stop here */
	xor %ebp, %ebp		/* the outermost frame, for unwinders */
	mov %rsp, %rdi		/* -> argc */
	mov %rdx, %rsi		/* loader's fini */
	and $-16, %rsp		/* rsp % 16 == 0 at the call, as the ABI asks */
	call __crt_start_c
	hlt
	.cfi_endproc
	.size _start, . - _start

	.hidden __crt_start_c
	.section .note.GNU-stack, "", @progbits
