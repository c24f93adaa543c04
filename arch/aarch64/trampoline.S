/*
 * The lazy-binding trampoline: where PLT0 jumps (GOT[2]) when a PLT slot
 * is called for the first time.  It saves every register a call may
 * carry arguments or results in, asks ldso_lazy_fixup (ldso/fixup.c) for
 * the target, which also binds the slot, restores them all and jumps
 * there, so the target runs as if it had been called directly.
 *
 * Not protected by the stack protector (see LDSO_NO_SSP_OBJS): it keeps
 * no C frame of its own and runs between a caller and its callee.
 *
 * State at entry (AArch64 ELF ABI, "Procedure Linkage Table"): PLTn put
 * the address of its GOT slot in x16 and jumped to PLT0, which pushed
 * {x16, x30} and jumped here with x16 = &GOT[2]:
 *	sp	&GOT[3 + n], the slot being bound
 *	sp+8	x30: the return address into the caller
 * x30 still holds it too; x16 and x17 are scratch (IP0, IP1).
 *
 * What is saved: x0-x7 (arguments and results), x8 (the address of an
 * indirect result), q0-q7 whole (floating-point and vector arguments).
 * Functions that pass arguments in SVE registers (z0-z7, p0-p3), which
 * writing q0-q7 would clobber, are marked STO_AARCH64_VARIANT_PCS and
 * bound at load (arch_plt_bind_at_load in arch.h).
 *
 * Frame (sp after the first push, 224 bytes):
 *	sp+224	&slot, caller's x30 (PLT0's push)
 *	sp+96	q0..q7
 *	sp+16	x0..x8 (8 spare)
 *	sp+0	x29, x30
 * ldso_lazy_fixup(GOT[1], byte offset of the slot from GOT[3]).
 */
	.text
	.globl ldso_lazy_trampoline
	.hidden ldso_lazy_trampoline
	.type ldso_lazy_trampoline, %function
ldso_lazy_trampoline:
	.cfi_startproc
	.cfi_def_cfa_offset 16
	.cfi_offset x30, -8
	stp x29, x30, [sp, #-224]!
	.cfi_def_cfa_offset 240
	.cfi_offset x29, -240
	mov x29, sp
	stp x0, x1, [sp, #16]
	stp x2, x3, [sp, #32]
	stp x4, x5, [sp, #48]
	stp x6, x7, [sp, #64]
	str x8, [sp, #80]
	stp q0, q1, [sp, #96]
	stp q2, q3, [sp, #128]
	stp q4, q5, [sp, #160]
	stp q6, q7, [sp, #192]
	ldr x0, [x16, #-8]		/* GOT[1]: the object */
	ldr x1, [sp, #224]		/* &GOT[3 + n] */
	sub x1, x1, x16
	sub x1, x1, #8			/* 8 * n */
	bl ldso_lazy_fixup
	mov x16, x0
	ldp x0, x1, [sp, #16]
	ldp x2, x3, [sp, #32]
	ldp x4, x5, [sp, #48]
	ldp x6, x7, [sp, #64]
	ldr x8, [sp, #80]
	ldp q0, q1, [sp, #96]
	ldp q2, q3, [sp, #128]
	ldp q4, q5, [sp, #160]
	ldp q6, q7, [sp, #192]
	ldp x29, x30, [sp], #224
	.cfi_def_cfa_offset 16
	.cfi_restore x29
	ldp x17, x30, [sp], #16		/* drop &slot, take the caller's x30 */
	.cfi_def_cfa_offset 0
	.cfi_restore x30
	br x16
	.cfi_endproc
	.size ldso_lazy_trampoline, . - ldso_lazy_trampoline

	.section .note.GNU-stack, "", %progbits
