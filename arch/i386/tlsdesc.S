/*
 * TLS descriptor resolvers (-mtls-dialect=gnu2).  Code does
 *	lea x@tlsdesc(%ebx), %eax; call *(%eax); mov %gs:(%eax), ...
 * so a resolver gets the descriptor {entry, arg} in %eax and returns the
 * offset of the variable from the thread pointer in %eax.  It must change
 * nothing else but the flags.
 */
	.text
/* Static TLS: the offset was known at relocation time and sits in arg. */
	.globl ldso_tlsdesc_static
	.hidden ldso_tlsdesc_static
	.type ldso_tlsdesc_static, @function
ldso_tlsdesc_static:
	.cfi_startproc
	mov 4(%eax), %eax
	ret
	.cfi_endproc
	.size ldso_tlsdesc_static, . - ldso_tlsdesc_static

/*
 * Dynamic TLS (a dlopen'ed module): arg points at {module, offset}; ask
 * the C helper, which returns the address minus tp.  ecx and edx are the
 * caller-saved registers besides eax; x87/SSE state is not used by it.
 */
	.globl ldso_tlsdesc_dynamic
	.hidden ldso_tlsdesc_dynamic
	.type ldso_tlsdesc_dynamic, @function
ldso_tlsdesc_dynamic:
	.cfi_startproc
	push %ecx
	.cfi_adjust_cfa_offset 4
	push %edx
	.cfi_adjust_cfa_offset 4
	push %ebp
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset ebp, 0
	mov %esp, %ebp
	.cfi_def_cfa_register ebp
	and $-16, %esp
	sub $12, %esp
	push 4(%eax)
	call ldso_tlsdesc_offset
	mov %ebp, %esp
	.cfi_def_cfa_register esp
	pop %ebp
	.cfi_adjust_cfa_offset -4
	.cfi_restore ebp
	pop %edx
	.cfi_adjust_cfa_offset -4
	pop %ecx
	.cfi_adjust_cfa_offset -4
	ret
	.cfi_endproc
	.size ldso_tlsdesc_dynamic, . - ldso_tlsdesc_dynamic

	.section .note.GNU-stack, "", @progbits
