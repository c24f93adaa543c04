/*
 * long __crt_clone(unsigned long flags, void *stack, int *parent_tid,
 *                  void *tls, int *child_tid, int (*fn)(void *), void *arg)
 *
 * clone(2) for a new thread that starts by calling fn(arg) on `stack`
 * (its top) and exits with fn's result.  Returns the child's id, or
 * -errno, in the caller.
 *
 * C arguments a0-a6; the kernel takes flags, stack, parent_tid, tls,
 * child_tid in a0-a4, the same order, and the number in a7.
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
	.type __crt_clone, @function
__crt_clone:
	.cfi_startproc
	andi a1, a1, -16
	addi a1, a1, -16
	sd a5, 0(a1)
	sd a6, 8(a1)
	li a7, 220		/* SYS_clone */
	ecall
	bnez a0, 1f
	/* The child: no frame above this one for a debugger to walk. */
	.cfi_remember_state
	.cfi_undefined ra
	li s0, 0
	ld t0, 0(sp)
	ld a0, 8(sp)
	addi sp, sp, 16
	jalr t0
	li a7, 93		/* SYS_exit: this thread only */
	ecall
	ebreak
1:	.cfi_restore_state
	ret
	.cfi_endproc
	.size __crt_clone, . - __crt_clone

	.section .note.GNU-stack, "", @progbits
