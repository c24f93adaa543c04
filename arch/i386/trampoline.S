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
 * Stack at entry (the PLT entry pushed the offset, or mold's PLT0 pushed
 * it from %ecx; then PLT0 pushed GOT[1]):
 *	esp	GOT[1]: the struct dso of the object whose PLT this is
 *	esp+4	byte offset of the JMP_SLOT relocation in its DT_JMPREL
 *	esp+8	return address into the caller
 *
 * What is saved.  eax, ecx and edx: regparm and fastcall arguments, and
 * ecx is also the static chain of a nested function.  ebx and ebp are
 * used here and restored; esi and edi the fixup preserves.  Then the
 * x87 and vector state, by one of four entry points that differ only in
 * how, chosen at start from CPUID (arch.h): ldso_lazy_xsavec and
 * ldso_lazy_xsave save the components in ldso_lazy_xsave_mask (x87, xmm,
 * the upper halves of ymm and zmm, the mask registers), ldso_lazy_fxsave
 * x87 and xmm0-7, ldso_lazy_fnsave x87 alone, on a CPU without SSE.
 * The area is ldso_lazy_state_size bytes, aligned to 64 as xsave
 * requires.
 *
 * Stack during the call (ebp = esp after the pushes):
 *	ebp+28	return address	ebp+24	offset		ebp+20	GOT[1]
 *	ebp+16	ebx	ebp+12	eax	ebp+8	ecx	ebp+4	edx	ebp	ebp
 *	below, 64-aligned: the saved state, then 8 bytes of padding and
 *	the fixup's two arguments, so that esp is 16-aligned at the call
 *
 * The jump: the target goes where the offset was, the registers come
 * back, and `ret` from there lands on it with esp at the caller's return
 * address, where the target expects it.
 */
	.macro LAZY_TRAMPOLINE name, save, restore, xsave
	.globl \name
	.hidden \name
	.type \name, @function
\name:
	.cfi_startproc
	.cfi_def_cfa_offset 12		/* GOT[1] and the offset above the return address */
	push %ebx
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %ebx, 0
	push %eax
	.cfi_adjust_cfa_offset 4
	push %ecx
	.cfi_adjust_cfa_offset 4
	push %edx
	.cfi_adjust_cfa_offset 4
	push %ebp
	.cfi_adjust_cfa_offset 4
	.cfi_rel_offset %ebp, 0
	mov %esp, %ebp
	.cfi_def_cfa_register %ebp
	call 1f
1:	pop %ebx
	add $_GLOBAL_OFFSET_TABLE_+(.-1b), %ebx
	and $-64, %esp
	sub ldso_lazy_state_size@GOTOFF(%ebx), %esp
	.if \xsave
	/*
	 * edx:eax = the components; the header's 64 bytes must be zero
	 * before xsave(c) fills its part, or xrstor faults on them.
	 */
	mov ldso_lazy_xsave_mask@GOTOFF(%ebx), %eax
	xor %edx, %edx
	mov $512, %ecx
2:	mov %edx, (%esp,%ecx)
	add $4, %ecx
	cmp $576, %ecx
	jne 2b
	.endif
	\save (%esp)
	sub $8, %esp
	push 24(%ebp)
	push 20(%ebp)
	call _dl_fixup
	add $16, %esp
	mov %eax, 24(%ebp)		/* the target, where the offset was */
	.if \xsave
	mov ldso_lazy_xsave_mask@GOTOFF(%ebx), %eax
	xor %edx, %edx
	.endif
	\restore (%esp)
	mov %ebp, %esp
	.cfi_def_cfa_register %esp
	pop %ebp
	.cfi_adjust_cfa_offset -4
	.cfi_restore %ebp
	pop %edx
	.cfi_adjust_cfa_offset -4
	pop %ecx
	.cfi_adjust_cfa_offset -4
	pop %eax
	.cfi_adjust_cfa_offset -4
	pop %ebx
	.cfi_adjust_cfa_offset -4
	.cfi_restore %ebx
	add $4, %esp			/* GOT[1] */
	.cfi_adjust_cfa_offset -4
	ret				/* to the target */
	.cfi_endproc
	.size \name, . - \name
	.endm

	.section .plt, "ax", @progbits
_dl_runtime_resolve:
	.type _dl_runtime_resolve, @function
	LAZY_TRAMPOLINE ldso_lazy_xsavec, xsavec, xrstor, 1
	LAZY_TRAMPOLINE ldso_lazy_xsave, xsave, xrstor, 1
	LAZY_TRAMPOLINE ldso_lazy_fxsave, fxsave, fxrstor, 0
	LAZY_TRAMPOLINE ldso_lazy_fnsave, fnsave, frstor, 0

	.type _dl_fixup, @function
_dl_fixup:
	.cfi_startproc
	jmp ldso_lazy_fixup
	.cfi_endproc
	.size _dl_fixup, . - _dl_fixup

/* Set once at start by arch_lazy_setup (arch.h), before any PLT call. */
	.bss
	.balign 4
	.globl ldso_lazy_state_size
	.hidden ldso_lazy_state_size
	.type ldso_lazy_state_size, @object
ldso_lazy_state_size:
	.zero 4
	.size ldso_lazy_state_size, 4
	.globl ldso_lazy_xsave_mask
	.hidden ldso_lazy_xsave_mask
	.type ldso_lazy_xsave_mask, @object
ldso_lazy_xsave_mask:
	.zero 4
	.size ldso_lazy_xsave_mask, 4

	.section .note.GNU-stack, "", @progbits
