/*
 * The loader's jumps that are not calls.
 *
 * ldso_setjmp / ldso_longjmp: how a failing dlopen gets back to dlopen.
 * ldso_fail, when a dlopen is in progress, jumps to the point dlopen set
 * instead of exiting.  Saves only what the psABI makes callee-saved:
 * s0-s11, ra, sp and fs0-fs11, 26 words (ARCH_JMP_BUF_WORDS).
 */
	.text
	.globl ldso_setjmp
	.hidden ldso_setjmp
	.type ldso_setjmp, @function
ldso_setjmp:
	.cfi_startproc
	sd s0, 0(a0)
	sd s1, 8(a0)
	sd s2, 16(a0)
	sd s3, 24(a0)
	sd s4, 32(a0)
	sd s5, 40(a0)
	sd s6, 48(a0)
	sd s7, 56(a0)
	sd s8, 64(a0)
	sd s9, 72(a0)
	sd s10, 80(a0)
	sd s11, 88(a0)
	sd ra, 96(a0)
	sd sp, 104(a0)
	fsd fs0, 112(a0)
	fsd fs1, 120(a0)
	fsd fs2, 128(a0)
	fsd fs3, 136(a0)
	fsd fs4, 144(a0)
	fsd fs5, 152(a0)
	fsd fs6, 160(a0)
	fsd fs7, 168(a0)
	fsd fs8, 176(a0)
	fsd fs9, 184(a0)
	fsd fs10, 192(a0)
	fsd fs11, 200(a0)
	li a0, 0
	ret
	.cfi_endproc
	.size ldso_setjmp, . - ldso_setjmp

	.globl ldso_longjmp
	.hidden ldso_longjmp
	.type ldso_longjmp, @function
ldso_longjmp:
	.cfi_startproc
	ld s0, 0(a0)
	ld s1, 8(a0)
	ld s2, 16(a0)
	ld s3, 24(a0)
	ld s4, 32(a0)
	ld s5, 40(a0)
	ld s6, 48(a0)
	ld s7, 56(a0)
	ld s8, 64(a0)
	ld s9, 72(a0)
	ld s10, 80(a0)
	ld s11, 88(a0)
	ld ra, 96(a0)
	ld sp, 104(a0)
	fld fs0, 112(a0)
	fld fs1, 120(a0)
	fld fs2, 128(a0)
	fld fs3, 136(a0)
	fld fs4, 144(a0)
	fld fs5, 152(a0)
	fld fs6, 160(a0)
	fld fs7, 168(a0)
	fld fs8, 176(a0)
	fld fs9, 184(a0)
	fld fs10, 192(a0)
	fld fs11, 200(a0)
	mv a0, a1
	ret				/* to ldso_setjmp's caller, through ra */
	.cfi_endproc
	.size ldso_longjmp, . - ldso_longjmp

/*
 * ldso_enter(sp, entry, fini): hand the process to the program.  sp points
 * at argc again (16-byte aligned, as at process entry) and a0 holds the
 * function the program registers with atexit to run the shared objects'
 * destructors (glibc's _start reads rtld_fini from a0).
 */
	.globl ldso_enter
	.hidden ldso_enter
	.type ldso_enter, @function
ldso_enter:
	.cfi_startproc
	mv sp, a0
	.cfi_undefined ra		/* the program's first frame is the outermost */
	mv t0, a1
	mv a0, a2
	li ra, 0
	li s0, 0
	jr t0
	.cfi_endproc
	.size ldso_enter, . - ldso_enter

	.section .note.GNU-stack, "", @progbits
