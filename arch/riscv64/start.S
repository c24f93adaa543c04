/*
 * Loader entry on RISC-V (RV64).  The kernel (or a user running ./ld.so)
 * jumps to _dlstart with nothing set up: sp points at argc, no other
 * register is meaningful, tp is 0, and our GOT holds 0 where a symbol's
 * address goes (GNU ld leaves RELA places empty here).
 *
 * Stack at entry (8-byte cells, sp 16-byte aligned):
 *	sp      argc
 *	sp+8    argv[0] ... NULL, envp[0] ... NULL, auxv pairs ... AT_NULL
 *
 * The three boot stages are three calls from here, so each is compiled on
 * its own and no code of a later stage can be scheduled before the stage
 * that makes it safe: stage 1 relocates our GOT, stage 2 installs the
 * thread pointer and the canary, and only then does protected C run.
 * lla (auipc + addi) reaches _DYNAMIC PC-relatively, never through the GOT
 * as `la` would in PIC code.  gp belongs to the program: left alone here
 * (boot.c sets it from the program's __global_pointer$ before relocating).
 */
	.text
	.globl _dlstart
	.hidden _dlstart
	.type _dlstart, @function
_dlstart:
	.cfi_startproc
	.cfi_undefined ra		/* outermost frame: unwinders stop here */
	li ra, 0
	li s0, 0
	mv s1, sp			/* the kernel's sp, in a callee-saved register */
	mv a0, s1
	lla a1, _DYNAMIC
	call ldso_stage1
	mv a0, s1
	call ldso_stage2
	mv a0, s1
	call ldso_main			/* never returns: ends in ldso_enter */
	ebreak
	.cfi_endproc
	.size _dlstart, . - _dlstart

	.section .note.GNU-stack, "", @progbits
