/*
 * Loader entry on x86-64.  The kernel (or a user running ./ld.so) jumps to
 * _dlstart with nothing set up: %rsp points at argc, no register but %rsp is
 * meaningful, there is no thread pointer, and our GOT holds link-time values.
 *
 * Stack at entry (8-byte cells):
 *	rsp      argc
 *	rsp+8    argv[0] ... NULL, envp[0] ... NULL, auxv pairs ... AT_NULL
 *
 * The three boot stages are three calls from here, so each is compiled on
 * its own and no code of a later stage can be scheduled before the stage
 * that makes it safe: stage 1 relocates our GOT, stage 2 installs the
 * thread pointer and the canary, and only then does protected C run.
 */
	.text
	.globl _dlstart
	.hidden _dlstart
	.type _dlstart, @function
_dlstart:
	.cfi_startproc
	.cfi_undefined rip		/* outermost frame: unwinders stop here */
	xor %ebp, %ebp			/* outermost frame for debuggers */
	mov %rsp, %rbx			/* the kernel's sp, kept in a callee-saved register */
	and $-16, %rsp
	mov %rbx, %rdi
	lea _DYNAMIC(%rip), %rsi	/* PC-relative: valid before relocation */
	call ldso_stage1
	mov %rbx, %rdi
	call ldso_stage2
	mov %rbx, %rdi
	call ldso_main			/* never returns: ends in ldso_enter */
	hlt
	.cfi_endproc
	.size _dlstart, . - _dlstart

	.section .note.GNU-stack, "", @progbits
