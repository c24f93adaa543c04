/*
 * long __crt_clone(unsigned long flags, void *stack, int *parent_tid,
 *                  void *tls, int *child_tid, int (*fn)(void *), void *arg)
 *
 * clone(2) for a new thread that starts by calling fn(arg) on `stack`
 * (its top) and exits with fn's result.  Returns the child's id, or
 * -errno, in the caller.
 *
 * The i386 kernel takes: ebx flags, ecx stack, edx parent_tid, esi tls
 * (a struct user_desc *), edi child_tid.  ebx, esi, edi and ebp are
 * callee-saved in C, so they are pushed first; the C arguments are then
 * at 20(%esp) onwards.
 *
 * fn and arg go on the child's stack before the call, because the child
 * starts with the parent's registers but on its own stack:
 *
 *	stack - 16:	arg	<- child's esp after clone (16-byte aligned),
 *	stack - 12:	fn	   so arg is already fn's stack argument
 */
	.text
	.globl __crt_clone
	.hidden __crt_clone
	.type __crt_clone, @function
__crt_clone:
	.cfi_startproc
	push %ebx
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset ebx, 0
	push %esi
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset esi, 0
	push %edi
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset edi, 0
	push %ebp
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset ebp, 0
	mov 24(%esp), %ecx	/* stack */
	and $-16, %ecx
	sub $16, %ecx
	mov 44(%esp), %eax	/* arg */
	mov %eax, 0(%ecx)
	mov 40(%esp), %eax	/* fn */
	mov %eax, 4(%ecx)
	mov 20(%esp), %ebx	/* flags */
	mov 28(%esp), %edx	/* parent_tid */
	mov 32(%esp), %esi	/* tls */
	mov 36(%esp), %edi	/* child_tid */
	mov $120, %eax		/* SYS_clone */
	int $0x80
	test %eax, %eax
	jnz 1f
	/* The child: no frame above this one for a debugger to walk. */
	.cfi_remember_state
	.cfi_undefined eip
	xor %ebp, %ebp
	call *4(%esp)		/* esp % 16 == 0 before the call, as the ABI wants */
	mov %eax, %ebx
	mov $1, %eax		/* SYS_exit: this thread only */
	int $0x80
	hlt
1:	.cfi_restore_state
	pop %ebp
	.cfi_adjust_cfa_offset -4
	.cfi_restore ebp
	pop %edi
	.cfi_adjust_cfa_offset -4
	.cfi_restore edi
	pop %esi
	.cfi_adjust_cfa_offset -4
	.cfi_restore esi
	pop %ebx
	.cfi_adjust_cfa_offset -4
	.cfi_restore ebx
	ret
	.cfi_endproc
	.size __crt_clone, . - __crt_clone

	.section .note.GNU-stack, "", @progbits
