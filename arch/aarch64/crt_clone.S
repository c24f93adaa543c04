/*
 * long __crt_clone(unsigned long flags, void *stack, int *parent_tid,
 *                  void *tls, int *child_tid, int (*fn)(void *), void *arg)
 *
 * clone(2) for a new thread that starts by calling fn(arg) on `stack`
 * (its top) and exits with fn's result.  Returns the child's id, or
 * -errno, in the caller.
 *
 * C arguments x0-x6; the kernel takes flags, stack, parent_tid, tls,
 * child_tid in x0-x4, the same order, and the number in x8.
 *
 * fn and arg go on the child's stack before the call, because the child
 * starts with the parent's registers but on its own stack:
 *
 *	stack - 16:	fn	<- child's sp after clone (16-byte aligned)
 *	stack - 8:	arg
 */
	.text
	.globl __crt_clone
	.hidden __crt_clone
	.type __crt_clone, %function
__crt_clone:
	.cfi_startproc
	and x1, x1, #~15
	stp x5, x6, [x1, #-16]!
	mov x8, #220		/* SYS_clone */
	svc #0
	cbnz x0, 1f
	/* The child: no frame above this one for a debugger to walk. */
	.cfi_remember_state
	.cfi_undefined x30
	mov x29, #0
	ldp x1, x0, [sp], #16
	blr x1
	mov x8, #93		/* SYS_exit: this thread only */
	svc #0
	brk #0
1:	.cfi_restore_state
	ret
	.cfi_endproc
	.size __crt_clone, . - __crt_clone

	.section .note.GNU-stack, "", %progbits
