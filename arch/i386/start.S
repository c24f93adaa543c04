/*
 * Loader entry on i386.  The kernel (or a user running ./ld.so) jumps to
 * _dlstart with nothing set up: %esp points at argc, no register but %esp
 * is meaningful, %gs selects nothing and our GOT holds link-time values.
 *
 * Stack at entry (4-byte cells):
 *	esp      argc
 *	esp+4    argv[0] ... NULL, envp[0] ... NULL, auxv pairs ... AT_NULL
 *
 * The three boot stages are three calls from here, so each is compiled on
 * its own and no code of a later stage can be scheduled before the stage
 * that makes it safe: stage 1 relocates our GOT, stage 2 installs the
 * thread pointer and the canary, and only then does protected C run.
 * Arguments go on the stack (cdecl); the stack stays 16-byte aligned at
 * each call, as gcc assumes.
 */
	.text
	.globl _dlstart
	.hidden _dlstart
	.type _dlstart, @function
_dlstart:
	.cfi_startproc
	.cfi_undefined eip		/* outermost frame: unwinders stop here */
	xor %ebp, %ebp			/* outermost frame for debuggers */
	mov %esp, %esi			/* the kernel's sp, kept in a callee-saved register */
	and $-16, %esp
	call 1f
1:	pop %ebx			/* GOT address from the PC: valid before relocation */
	addl $_GLOBAL_OFFSET_TABLE_+[.-1b], %ebx
	lea _DYNAMIC@GOTOFF(%ebx), %eax
	sub $8, %esp
	push %eax
	push %esi
	call ldso_stage1
	add $16, %esp
	sub $12, %esp
	push %esi
	call ldso_stage2
	add $16, %esp
	sub $12, %esp
	push %esi
	call ldso_main			/* never returns: ends in ldso_enter */
	hlt
	.cfi_endproc
	.size _dlstart, . - _dlstart

	.section .note.GNU-stack, "", @progbits
