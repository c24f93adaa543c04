/*
 * The loader's jumps that are not calls.
 *
 * ldso_setjmp / ldso_longjmp: how a failing dlopen gets back to dlopen.
 * ldso_fail, when a dlopen is in progress, jumps to the point dlopen set
 * instead of exiting.  Saves only what the psABI makes callee-saved:
 * ebx, esi, edi, ebp, esp and the return address.
 */
	.text
	.globl ldso_setjmp
	.hidden ldso_setjmp
	.type ldso_setjmp, @function
ldso_setjmp:
	.cfi_startproc
	mov 4(%esp), %eax
	mov %ebx, 0(%eax)
	mov %esi, 4(%eax)
	mov %edi, 8(%eax)
	mov %ebp, 12(%eax)
	lea 4(%esp), %ecx		/* sp as it will be after our ret */
	mov %ecx, 16(%eax)
	mov (%esp), %ecx		/* return address */
	mov %ecx, 20(%eax)
	xor %eax, %eax
	ret
	.cfi_endproc
	.size ldso_setjmp, . - ldso_setjmp

	.globl ldso_longjmp
	.hidden ldso_longjmp
	.type ldso_longjmp, @function
ldso_longjmp:
	.cfi_startproc
	mov 4(%esp), %edx
	mov 8(%esp), %eax
	mov 0(%edx), %ebx
	mov 4(%edx), %esi
	mov 8(%edx), %edi
	mov 12(%edx), %ebp
	mov 16(%edx), %esp
	jmp *20(%edx)
	.cfi_endproc
	.size ldso_longjmp, . - ldso_longjmp

/*
 * ldso_enter(sp, entry, fini): hand the process to the program.  %esp
 * points at argc again (16-byte aligned) and %edx holds the function the
 * program registers with atexit to run the shared objects' destructors.
 */
	.globl ldso_enter
	.hidden ldso_enter
	.type ldso_enter, @function
ldso_enter:
	.cfi_startproc
	mov 12(%esp), %edx
	mov 8(%esp), %eax
	mov 4(%esp), %esp
	.cfi_undefined eip		/* the program's first frame is the outermost */
	xor %ebp, %ebp
	jmp *%eax
	.cfi_endproc
	.size ldso_enter, . - ldso_enter

	.section .note.GNU-stack, "", @progbits
