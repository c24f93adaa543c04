/*
 * Loader entry on AArch64.  The kernel (or a user running ./ld.so) jumps
 * to _dlstart with nothing set up: sp points at argc, no other register
 * is meaningful, tpidr_el0 is 0, and our GOT holds link-time values.
 *
 * Stack at entry (8-byte cells, sp 16-byte aligned):
 *	sp      argc
 *	sp+8    argv[0] ... NULL, envp[0] ... NULL, auxv pairs ... AT_NULL
 *
 * The three boot stages are three calls from here, so each is compiled on
 * its own and no code of a later stage can be scheduled before the stage
 * that makes it safe: stage 1 relocates our GOT, stage 2 installs the
 * thread pointer and the canary, and only then does protected C run.
 * adrp/add reach _DYNAMIC PC-relatively: valid before relocation.
 */
	.text
	.globl _dlstart
	.hidden _dlstart
	.type _dlstart, %function
_dlstart:
	.cfi_startproc
	.cfi_undefined x30		/* outermost frame: unwinders stop here */
	mov x29, #0
	mov x30, #0
	mov x19, sp			/* the kernel's sp, in a callee-saved register */
	mov x0, x19
	adrp x1, _DYNAMIC
	add x1, x1, :lo12:_DYNAMIC
	bl ldso_stage1
	mov x0, x19
	bl ldso_stage2
	mov x0, x19
	bl ldso_main			/* never returns: ends in ldso_enter */
	brk #0
	.cfi_endproc
	.size _dlstart, . - _dlstart

	.section .note.GNU-stack, "", %progbits
