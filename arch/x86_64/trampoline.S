/*
 * The lazy-binding trampoline: where PLT0 jumps (GOT[2]) when a PLT slot
 * is called for the first time.  It saves every register a call may
 * carry arguments or results in, asks ldso_lazy_fixup (ldso/lazy.c) for
 * the target, which also binds the slot, restores them all and jumps
 * there, so the target runs as if it had been called directly.
 *
 * For debuggers, the trampolines live in a section named .plt and call
 * the fixup through _dl_fixup, a jump to ldso_lazy_fixup, below a
 * _dl_runtime_resolve label: gdb's `step` takes a pc in any object's .plt
 * (or in the interpreter's text, which it knows only through PT_INTERP)
 * for resolver code and steps on through it, and at the entry of
 * _dl_fixup of the object that defines _dl_runtime_resolve it runs to the
 * return address instead of stepping through the lookup (glibc's names).
 * So `step` into a first call lands in the callee also when gdb runs
 * `ld.so ./prog` and knows no interpreter (docs/lazy-binding.md).  The
 * .cfi directives let it (and every unwinder) see the caller from any
 * instruction here.
 *
 * Not protected by the stack protector (see LDSO_NO_SSP_OBJS): it keeps
 * no C frame of its own and runs between a caller and its callee.
 * ldso_lazy_fixup is ordinary, protected C.
 *
 * Stack at entry (the PLT entry pushed the index, or mold's PLT0 pushed
 * it from %r11; then PLT0 pushed GOT[1]):
 *	rsp	GOT[1]: the struct dso of the object whose PLT this is
 *	rsp+8	index of the JUMP_SLOT relocation in its DT_JMPREL
 *	rsp+16	return address into the caller
 * %rsp % 16 == 8, as at any function entry.
 *
 * What is saved.  Integer arguments rdi rsi rdx rcx r8 r9; rax (al is
 * the number of vector registers a varargs call uses); r10 (the static
 * chain of a nested function).  r11 is scratch in every PLT and carries
 * the target here.  Then the vector state, by one of three entry points
 * that differ only in how, chosen at start from CPUID (arch.h):
 * ldso_lazy_xsavec and ldso_lazy_xsave save the components in
 * ldso_lazy_xsave_mask (xmm, the upper halves of ymm and zmm, the mask
 * registers), ldso_lazy_fxsave saves x87 and xmm0-15.  The area is
 * ldso_lazy_state_size bytes, aligned to 64 as xsave requires, which
 * leaves the stack 16-byte aligned for the call.
 *
 * Stack during the call (rbx = rsp after the pushes):
 *	rbx+80	index		rbx+72	GOT[1]		rbx+64	rbx
 *	rbx+56	rax	rbx+48	rcx	rbx+40	rdx	rbx+32	rsi
 *	rbx+24	rdi	rbx+16	r8	rbx+8	r9	rbx	r10
 *	below, 64-aligned: the saved vector state, then the fixup's frame
 */
	.macro LAZY_TRAMPOLINE name, save, restore, xsave
	.globl \name
	.hidden \name
	.type \name, @function
\name:
	.cfi_startproc
	.cfi_def_cfa_offset 24		/* GOT[1] and the index above the return address */
	push %rbx
	.cfi_adjust_cfa_offset 8
	.cfi_rel_offset %rbx, 0
	push %rax
	.cfi_adjust_cfa_offset 8
	push %rcx
	.cfi_adjust_cfa_offset 8
	push %rdx
	.cfi_adjust_cfa_offset 8
	push %rsi
	.cfi_adjust_cfa_offset 8
	push %rdi
	.cfi_adjust_cfa_offset 8
	push %r8
	.cfi_adjust_cfa_offset 8
	push %r9
	.cfi_adjust_cfa_offset 8
	push %r10
	.cfi_adjust_cfa_offset 8
	mov %rsp, %rbx
	.cfi_def_cfa_register %rbx
	and $-64, %rsp
	sub ldso_lazy_state_size(%rip), %rsp
	.if \xsave
	/*
	 * edx:eax = the components; the header's 64 bytes must be zero
	 * before xsave(c) fills its part, or xrstor faults on them.
	 */
	mov ldso_lazy_xsave_mask(%rip), %eax
	xor %edx, %edx
	mov %rdx, 512(%rsp)
	mov %rdx, 520(%rsp)
	mov %rdx, 528(%rsp)
	mov %rdx, 536(%rsp)
	mov %rdx, 544(%rsp)
	mov %rdx, 552(%rsp)
	mov %rdx, 560(%rsp)
	mov %rdx, 568(%rsp)
	.endif
	\save (%rsp)
	mov 72(%rbx), %rdi
	mov 80(%rbx), %rsi
	call _dl_fixup
	mov %rax, %r11
	.if \xsave
	mov ldso_lazy_xsave_mask(%rip), %eax
	xor %edx, %edx
	.endif
	\restore (%rsp)
	mov %rbx, %rsp
	.cfi_def_cfa_register %rsp
	pop %r10
	.cfi_adjust_cfa_offset -8
	pop %r9
	.cfi_adjust_cfa_offset -8
	pop %r8
	.cfi_adjust_cfa_offset -8
	pop %rdi
	.cfi_adjust_cfa_offset -8
	pop %rsi
	.cfi_adjust_cfa_offset -8
	pop %rdx
	.cfi_adjust_cfa_offset -8
	pop %rcx
	.cfi_adjust_cfa_offset -8
	pop %rax
	.cfi_adjust_cfa_offset -8
	pop %rbx
	.cfi_adjust_cfa_offset -8
	.cfi_restore %rbx
	add $16, %rsp			/* GOT[1] and the index */
	.cfi_adjust_cfa_offset -16
	jmp *%r11
	.cfi_endproc
	.size \name, . - \name
	.endm

	.section .plt, "ax", @progbits
_dl_runtime_resolve:
	.type _dl_runtime_resolve, @function
	LAZY_TRAMPOLINE ldso_lazy_xsavec, xsavec, xrstor, 1
	LAZY_TRAMPOLINE ldso_lazy_xsave, xsave, xrstor, 1
	LAZY_TRAMPOLINE ldso_lazy_fxsave, fxsave, fxrstor, 0

	.type _dl_fixup, @function
_dl_fixup:
	.cfi_startproc
	jmp ldso_lazy_fixup
	.cfi_endproc
	.size _dl_fixup, . - _dl_fixup

/* Set once at start by arch_lazy_setup (arch.h), before any PLT call. */
	.bss
	.balign 8
	.globl ldso_lazy_state_size
	.hidden ldso_lazy_state_size
	.type ldso_lazy_state_size, @object
ldso_lazy_state_size:
	.zero 8
	.size ldso_lazy_state_size, 8
	.globl ldso_lazy_xsave_mask
	.hidden ldso_lazy_xsave_mask
	.type ldso_lazy_xsave_mask, @object
ldso_lazy_xsave_mask:
	.zero 4
	.size ldso_lazy_xsave_mask, 4

	.section .note.GNU-stack, "", @progbits
