/*
 * ldso_syscall_entry: the vDSO's system call entry (AT_SYSINFO), 0 until
 * boot.c reads it from the aux vector; syscall.h's calls test it.  Here,
 * in a file that calls nothing, so that every file of the loader that
 * makes a system call may read it.
 *
 * long ldso_vsyscall6(long n, long a, long b, long c, long d, long e,
 *                     long f, unsigned long entry)
 *
 * A six-argument system call through the vDSO's entry (syscall.h says
 * why the loader uses it).  Out of line: inline, the six arguments and
 * the number take every register, and the entry would have to be read
 * from the stack after the pushes that free ebp moved it.  Here every
 * argument sits at a known offset.  __kernel_vsyscall keeps every
 * register but eax, ebp included, which it takes as the sixth argument.
 */
	.bss
	.globl ldso_syscall_entry
	.hidden ldso_syscall_entry
	.type ldso_syscall_entry, @object
	.size ldso_syscall_entry, 4
	.p2align 2
ldso_syscall_entry:
	.zero 4

	.text
	.globl ldso_vsyscall6
	.hidden ldso_vsyscall6
	.type ldso_vsyscall6, @function
ldso_vsyscall6:
	/* The .cfi directives let a debugger or profiler that stops in
	 * the vDSO's entry unwind through here to the loader's caller. */
	.cfi_startproc
	push %ebp
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %ebp, 0
	push %edi
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %edi, 0
	push %esi
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %esi, 0
	push %ebx
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %ebx, 0
	/* Four saved registers and the return address: n is at 20. */
	mov 20(%esp), %eax
	mov 24(%esp), %ebx
	mov 28(%esp), %ecx
	mov 32(%esp), %edx
	mov 36(%esp), %esi
	mov 40(%esp), %edi
	mov 44(%esp), %ebp
	/* The operand is read before the call pushes its return address. */
	call *48(%esp)
	pop %ebx
	.cfi_adjust_cfa_offset -4
	.cfi_restore %ebx
	pop %esi
	.cfi_adjust_cfa_offset -4
	.cfi_restore %esi
	pop %edi
	.cfi_adjust_cfa_offset -4
	.cfi_restore %edi
	pop %ebp
	.cfi_adjust_cfa_offset -4
	.cfi_restore %ebp
	ret
	.cfi_endproc
	.size ldso_vsyscall6, . - ldso_vsyscall6

	.section .note.GNU-stack, "", @progbits
