/*
 * TLS descriptor resolvers (-mtls-dialect=gnu2).  Code does
 *	lea x@tlsdesc(%rip), %rax; call *(%rax); mov %fs:(%rax), ...
 * so a resolver gets the descriptor {entry, arg} in %rax and returns the
 * offset of the variable from the thread pointer in %rax.  The psABI lets
 * it change nothing else but the flags.
 */
	.text
/* Static TLS: the offset was known at relocation time and sits in arg. */
	.globl ldso_tlsdesc_static
	.hidden ldso_tlsdesc_static
	.type ldso_tlsdesc_static, @function
ldso_tlsdesc_static:
	.cfi_startproc
	mov 8(%rax), %rax
	ret
	.cfi_endproc
	.size ldso_tlsdesc_static, . - ldso_tlsdesc_static

/*
 * Dynamic TLS (a dlopen'ed module): arg points at {module, offset}; ask
 * __tls_get_addr and subtract tp.  Every caller-saved register is saved:
 * the nine integer ones and xmm0-15 (vector arguments may be live).
 */
	.globl ldso_tlsdesc_dynamic
	.hidden ldso_tlsdesc_dynamic
	.type ldso_tlsdesc_dynamic, @function
ldso_tlsdesc_dynamic:
	.cfi_startproc
	push %rdi
	.cfi_adjust_cfa_offset 8
	push %rsi
	.cfi_adjust_cfa_offset 8
	push %rdx
	.cfi_adjust_cfa_offset 8
	push %rcx
	.cfi_adjust_cfa_offset 8
	push %r8
	.cfi_adjust_cfa_offset 8
	push %r9
	.cfi_adjust_cfa_offset 8
	push %r10
	.cfi_adjust_cfa_offset 8
	push %r11
	.cfi_adjust_cfa_offset 8
	push %rbp
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset rbp, 0
	mov %rsp, %rbp
	.cfi_def_cfa_register rbp
	and $-16, %rsp
	sub $256, %rsp
	movdqu %xmm0, 0(%rsp)
	movdqu %xmm1, 16(%rsp)
	movdqu %xmm2, 32(%rsp)
	movdqu %xmm3, 48(%rsp)
	movdqu %xmm4, 64(%rsp)
	movdqu %xmm5, 80(%rsp)
	movdqu %xmm6, 96(%rsp)
	movdqu %xmm7, 112(%rsp)
	movdqu %xmm8, 128(%rsp)
	movdqu %xmm9, 144(%rsp)
	movdqu %xmm10, 160(%rsp)
	movdqu %xmm11, 176(%rsp)
	movdqu %xmm12, 192(%rsp)
	movdqu %xmm13, 208(%rsp)
	movdqu %xmm14, 224(%rsp)
	movdqu %xmm15, 240(%rsp)
	mov 8(%rax), %rdi
	call ldso_tlsdesc_offset
	movdqu 0(%rsp), %xmm0
	movdqu 16(%rsp), %xmm1
	movdqu 32(%rsp), %xmm2
	movdqu 48(%rsp), %xmm3
	movdqu 64(%rsp), %xmm4
	movdqu 80(%rsp), %xmm5
	movdqu 96(%rsp), %xmm6
	movdqu 112(%rsp), %xmm7
	movdqu 128(%rsp), %xmm8
	movdqu 144(%rsp), %xmm9
	movdqu 160(%rsp), %xmm10
	movdqu 176(%rsp), %xmm11
	movdqu 192(%rsp), %xmm12
	movdqu 208(%rsp), %xmm13
	movdqu 224(%rsp), %xmm14
	movdqu 240(%rsp), %xmm15
	mov %rbp, %rsp
	.cfi_def_cfa_register rsp
	pop %rbp
	.cfi_adjust_cfa_offset -8
	.cfi_restore rbp
	pop %r11
	.cfi_adjust_cfa_offset -8
	pop %r10
	.cfi_adjust_cfa_offset -8
	pop %r9
	.cfi_adjust_cfa_offset -8
	pop %r8
	.cfi_adjust_cfa_offset -8
	pop %rcx
	.cfi_adjust_cfa_offset -8
	pop %rdx
	.cfi_adjust_cfa_offset -8
	pop %rsi
	.cfi_adjust_cfa_offset -8
	pop %rdi
	.cfi_adjust_cfa_offset -8
	ret
	.cfi_endproc
	.size ldso_tlsdesc_dynamic, . - ldso_tlsdesc_dynamic

	.section .note.GNU-stack, "", @progbits
