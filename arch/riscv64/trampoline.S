/*
 * The lazy-binding trampoline: where PLT0 jumps (GOT[0]) when a PLT slot
 * is called for the first time.  It saves every register a call may
 * carry arguments or results in, asks ldso_lazy_fixup (ldso/fixup.c) for
 * the target, which also binds the slot, restores them all and jumps
 * there, so the target runs as if it had been called directly.
 *
 * Not protected by the stack protector (see LDSO_NO_SSP_OBJS): it keeps
 * no C frame of its own and runs between a caller and its callee.
 *
 * State at entry (RISC-V psABI, "Procedure Linkage Table"): PLTn loaded
 * its slot (the biased PLT0 address) and jumped there with `jalr t1`;
 * PLT0 computed from t1 and the slot's content
 *	t0 = GOT[1], the object
 *	t1 = the slot's index among the PLT slots, times 8
 * and jumped here; ra is still the caller's return address and sp is as
 * the caller left it.  t2 and t3 are scratch.
 *
 * What is saved: a0-a7 and fa0-fa7 (integer and floating-point arguments
 * and results, LP64D), ra.  Vector arguments (RVV) are not: the psABI
 * marks such functions STO_RISCV_VARIANT_CC, and gcc 12 cannot make them.
 *
 * Frame (144 bytes): 0 ra, 8..64 a0-a7, 72..128 fa0-fa7.
 * ldso_lazy_fixup(t0, t1); its result is the target.
 */
	.text
	.globl ldso_lazy_trampoline
	.hidden ldso_lazy_trampoline
	.type ldso_lazy_trampoline, @function
ldso_lazy_trampoline:
	.cfi_startproc
	addi sp, sp, -144
	.cfi_def_cfa_offset 144
	sd ra, 0(sp)
	.cfi_offset ra, -144
	sd a0, 8(sp)
	sd a1, 16(sp)
	sd a2, 24(sp)
	sd a3, 32(sp)
	sd a4, 40(sp)
	sd a5, 48(sp)
	sd a6, 56(sp)
	sd a7, 64(sp)
	fsd fa0, 72(sp)
	fsd fa1, 80(sp)
	fsd fa2, 88(sp)
	fsd fa3, 96(sp)
	fsd fa4, 104(sp)
	fsd fa5, 112(sp)
	fsd fa6, 120(sp)
	fsd fa7, 128(sp)
	mv a0, t0
	mv a1, t1
	call ldso_lazy_fixup
	mv t1, a0
	ld ra, 0(sp)
	ld a0, 8(sp)
	ld a1, 16(sp)
	ld a2, 24(sp)
	ld a3, 32(sp)
	ld a4, 40(sp)
	ld a5, 48(sp)
	ld a6, 56(sp)
	ld a7, 64(sp)
	fld fa0, 72(sp)
	fld fa1, 80(sp)
	fld fa2, 88(sp)
	fld fa3, 96(sp)
	fld fa4, 104(sp)
	fld fa5, 112(sp)
	fld fa6, 120(sp)
	fld fa7, 128(sp)
	addi sp, sp, 144
	.cfi_def_cfa_offset 0
	.cfi_restore ra
	jr t1
	.cfi_endproc
	.size ldso_lazy_trampoline, . - ldso_lazy_trampoline

	.section .note.GNU-stack, "", @progbits
