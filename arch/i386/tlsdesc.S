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
	mov 4(%eax), %eax
	ret
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
	push %ecx
	push %edx
	push %ebp
	mov %esp, %ebp
	and $-16, %esp
	sub $12, %esp
	push 4(%eax)
	call ldso_tlsdesc_offset
	mov %ebp, %esp
	pop %ebp
	pop %edx
	pop %ecx
	ret
	.size ldso_tlsdesc_dynamic, . - ldso_tlsdesc_dynamic

	.section .note.GNU-stack, "", @progbits
