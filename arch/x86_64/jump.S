/*
 * The loader's jumps that are not calls.
 *
 * ldso_setjmp / ldso_longjmp: how a failing dlopen gets back to dlopen.
 * ldso_fail, when a dlopen is in progress, jumps to the point dlopen set
 * instead of exiting.  Saves only what the psABI makes callee-saved:
 * rbx, rbp, r12-r15, rsp and the return address.
 */
	.text
	.globl ldso_setjmp
	.hidden ldso_setjmp
	.type ldso_setjmp, @function
ldso_setjmp:
	.cfi_startproc
	mov %rbx, 0(%rdi)
	mov %rbp, 8(%rdi)
	mov %r12, 16(%rdi)
	mov %r13, 24(%rdi)
	mov %r14, 32(%rdi)
	mov %r15, 40(%rdi)
	lea 8(%rsp), %rdx		/* sp as it will be after our ret */
	mov %rdx, 48(%rdi)
	mov (%rsp), %rdx		/* return address */
	mov %rdx, 56(%rdi)
	xor %eax, %eax
	ret
	.cfi_endproc
	.size ldso_setjmp, . - ldso_setjmp

	.globl ldso_longjmp
	.hidden ldso_longjmp
	.type ldso_longjmp, @function
ldso_longjmp:
	.cfi_startproc
	mov %esi, %eax
	mov 0(%rdi), %rbx
	mov 8(%rdi), %rbp
	mov 16(%rdi), %r12
	mov 24(%rdi), %r13
	mov 32(%rdi), %r14
	mov 40(%rdi), %r15
	mov 48(%rdi), %rsp
	jmp *56(%rdi)
	.cfi_endproc
	.size ldso_longjmp, . - ldso_longjmp

/*
 * ldso_enter(sp, entry, fini): hand the process to the program.  %rsp
 * points at argc again (16-byte aligned, as the psABI requires at process
 * entry) and %rdx holds the function the program registers with atexit to
 * run the shared objects' destructors.
 */
	.globl ldso_enter
	.hidden ldso_enter
	.type ldso_enter, @function
ldso_enter:
	.cfi_startproc
	mov %rdi, %rsp
	.cfi_undefined rip		/* the program's first frame is the outermost */
	xor %ebp, %ebp
	jmp *%rsi
	.cfi_endproc
	.size ldso_enter, . - ldso_enter

	.section .note.GNU-stack, "", @progbits
