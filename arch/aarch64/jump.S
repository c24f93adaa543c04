/*
 * The loader's jumps that are not calls.
 *
 * ldso_setjmp / ldso_longjmp: how a failing dlopen gets back to dlopen.
 * ldso_fail, when a dlopen is in progress, jumps to the point dlopen set
 * instead of exiting.  Saves only what the AAPCS64 makes callee-saved:
 * x19-x28, x29 (frame), x30 (return address), sp and d8-d15, 22 words
 * (ARCH_JMP_BUF_WORDS).
 */
	.text
	.globl ldso_setjmp
	.hidden ldso_setjmp
	.type ldso_setjmp, %function
ldso_setjmp:
	.cfi_startproc
	stp x19, x20, [x0, #0]
	stp x21, x22, [x0, #16]
	stp x23, x24, [x0, #32]
	stp x25, x26, [x0, #48]
	stp x27, x28, [x0, #64]
	stp x29, x30, [x0, #80]
	mov x1, sp
	str x1, [x0, #96]
	stp d8, d9, [x0, #104]
	stp d10, d11, [x0, #120]
	stp d12, d13, [x0, #136]
	stp d14, d15, [x0, #152]
	mov x0, #0
	ret
	.cfi_endproc
	.size ldso_setjmp, . - ldso_setjmp

	.globl ldso_longjmp
	.hidden ldso_longjmp
	.type ldso_longjmp, %function
ldso_longjmp:
	.cfi_startproc
	ldp x19, x20, [x0, #0]
	ldp x21, x22, [x0, #16]
	ldp x23, x24, [x0, #32]
	ldp x25, x26, [x0, #48]
	ldp x27, x28, [x0, #64]
	ldp x29, x30, [x0, #80]
	ldr x2, [x0, #96]
	mov sp, x2
	ldp d8, d9, [x0, #104]
	ldp d10, d11, [x0, #120]
	ldp d12, d13, [x0, #136]
	ldp d14, d15, [x0, #152]
	mov x0, x1
	ret				/* to ldso_setjmp's caller, through x30 */
	.cfi_endproc
	.size ldso_longjmp, . - ldso_longjmp

/*
 * ldso_enter(sp, entry, fini): hand the process to the program.  sp points
 * at argc again (16-byte aligned, as at process entry) and x0 holds the
 * function the program registers with atexit to run the shared objects'
 * destructors (glibc's _start reads rtld_fini from x0).
 */
	.globl ldso_enter
	.hidden ldso_enter
	.type ldso_enter, %function
ldso_enter:
	.cfi_startproc
	mov sp, x0
	.cfi_undefined x30		/* the program's first frame is the outermost */
	mov x16, x1
	mov x0, x2
	mov x29, #0
	mov x30, #0
	br x16
	.cfi_endproc
	.size ldso_enter, . - ldso_enter

	.section .note.GNU-stack, "", %progbits
