/*
 * long __crt_clone(unsigned long flags, void *stack, int *parent_tid,
 *                  void *tls, int *child_tid, int (*fn)(void *), void *arg)
 *
 * clone(2) for a new thread that starts by calling fn(arg) on `stack`
 * (its top) and exits with fn's result.  Returns the child's id, or
 * -errno, in the caller.
 *
 * C arguments: rdi flags, rsi stack, rdx parent_tid, rcx tls, r8
 * child_tid, r9 fn, 8(%rsp) arg.  The kernel's order differs from glibc's
 * wrapper: rdi flags, rsi stack, rdx parent_tid, r10 child_tid, r8 tls.
 *
 * fn and arg go on the child's stack before the call, because the child
 * starts with the parent's registers but on its own stack:
 *
 *	stack - 16:	fn	<- child's rsp after clone (16-byte aligned)
 *	stack - 8:	arg
 */
	.text
	.globl __crt_clone
	.hidden __crt_clone
	.type __crt_clone, @function
__crt_clone:
	.cfi_startproc
	and $-16, %rsi
	sub $16, %rsi
	mov 8(%rsp), %rax
	mov %rax, 8(%rsi)
	mov %r9, 0(%rsi)
	mov %r8, %r10
	mov %rcx, %r8
	mov $56, %eax		/* SYS_clone */
	syscall
	test %rax, %rax
	jnz 1f
	/* The child: no frame above this one for a debugger to walk. */
	.cfi_remember_state
	.cfi_undefined rip
	xor %ebp, %ebp
	pop %rax
	pop %rdi
	call *%rax		/* rsp % 16 == 0 before the call, as the ABI wants */
	mov %eax, %edi
	mov $60, %eax		/* SYS_exit: this thread only */
	syscall
	hlt
1:	.cfi_restore_state
	ret
	.cfi_endproc
	.size __crt_clone, . - __crt_clone

	.section .note.GNU-stack, "", @progbits
