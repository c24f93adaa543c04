/*
 * TLS descriptor resolvers (psABI "TLS Descriptors"; gcc 12 emits none,
 * newer toolchains do).  Code does
 *	auipc a0, ...; ld t0, 0(a0); addi a0, a0, ...; jalr t0, 0(t0)
 * so a resolver gets the descriptor {entry, arg} in a0, returns the offset
 * of the variable from tp in a0, and returns through t0, the link
 * register of this convention.  Every other register must survive.
 */
	.text
/* Static TLS: the offset was known at relocation time and sits in arg. */
	.globl ldso_tlsdesc_static
	.hidden ldso_tlsdesc_static
	.type ldso_tlsdesc_static, @function
ldso_tlsdesc_static:
	.cfi_startproc
	ld a0, 8(a0)
	jr t0
	.cfi_endproc
	.size ldso_tlsdesc_static, . - ldso_tlsdesc_static

/*
 * Dynamic TLS (a dlopen'ed module): arg points at {module, offset}; ask
 * ldso_tlsdesc_offset (tls.c), which may allocate.  Saves what a C call
 * may change: ra, t0-t6, a1-a7 and ft0-ft11, fa0-fa7.
 *
 * Frame (288 bytes): 0 ra, 8..56 t0-t6, 64..112 a1-a7,
 * 120..208 ft0-ft11, 216..272 fa0-fa7.
 */
	.globl ldso_tlsdesc_dynamic
	.hidden ldso_tlsdesc_dynamic
	.type ldso_tlsdesc_dynamic, @function
ldso_tlsdesc_dynamic:
	.cfi_startproc
	addi sp, sp, -288
	.cfi_def_cfa_offset 288
	sd ra, 0(sp)
	.cfi_offset ra, -288
	sd t0, 8(sp)
	sd t1, 16(sp)
	sd t2, 24(sp)
	sd t3, 32(sp)
	sd t4, 40(sp)
	sd t5, 48(sp)
	sd t6, 56(sp)
	sd a1, 64(sp)
	sd a2, 72(sp)
	sd a3, 80(sp)
	sd a4, 88(sp)
	sd a5, 96(sp)
	sd a6, 104(sp)
	sd a7, 112(sp)
	fsd ft0, 120(sp)
	fsd ft1, 128(sp)
	fsd ft2, 136(sp)
	fsd ft3, 144(sp)
	fsd ft4, 152(sp)
	fsd ft5, 160(sp)
	fsd ft6, 168(sp)
	fsd ft7, 176(sp)
	fsd ft8, 184(sp)
	fsd ft9, 192(sp)
	fsd ft10, 200(sp)
	fsd ft11, 208(sp)
	fsd fa0, 216(sp)
	fsd fa1, 224(sp)
	fsd fa2, 232(sp)
	fsd fa3, 240(sp)
	fsd fa4, 248(sp)
	fsd fa5, 256(sp)
	fsd fa6, 264(sp)
	fsd fa7, 272(sp)
	ld a0, 8(a0)
	call ldso_tlsdesc_offset
	ld ra, 0(sp)
	ld t0, 8(sp)
	ld t1, 16(sp)
	ld t2, 24(sp)
	ld t3, 32(sp)
	ld t4, 40(sp)
	ld t5, 48(sp)
	ld t6, 56(sp)
	ld a1, 64(sp)
	ld a2, 72(sp)
	ld a3, 80(sp)
	ld a4, 88(sp)
	ld a5, 96(sp)
	ld a6, 104(sp)
	ld a7, 112(sp)
	fld ft0, 120(sp)
	fld ft1, 128(sp)
	fld ft2, 136(sp)
	fld ft3, 144(sp)
	fld ft4, 152(sp)
	fld ft5, 160(sp)
	fld ft6, 168(sp)
	fld ft7, 176(sp)
	fld ft8, 184(sp)
	fld ft9, 192(sp)
	fld ft10, 200(sp)
	fld ft11, 208(sp)
	fld fa0, 216(sp)
	fld fa1, 224(sp)
	fld fa2, 232(sp)
	fld fa3, 240(sp)
	fld fa4, 248(sp)
	fld fa5, 256(sp)
	fld fa6, 264(sp)
	fld fa7, 272(sp)
	addi sp, sp, 288
	.cfi_def_cfa_offset 0
	.cfi_restore ra
	jr t0
	.cfi_endproc
	.size ldso_tlsdesc_dynamic, . - ldso_tlsdesc_dynamic

	.section .note.GNU-stack, "", @progbits
