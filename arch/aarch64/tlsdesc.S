/*
 * TLS descriptor resolvers (AArch64's default TLS dialect).  Code does
 *	adrp x0, :tlsdesc:v; ldr x1, [x0, :tlsdesc_lo12:v]
 *	add x0, x0, :tlsdesc_lo12:v; blr x1; mrs x1, tpidr_el0; add x0, x1, x0
 * so a resolver gets the descriptor {entry, arg} in x0 and returns the
 * offset of the variable from tp in x0.  It may change only x0, x30 and
 * the flags: every other register, the whole of q0-q31 included, must
 * survive.  x1 too: gcc's pattern clobbers x0, x30 and the one register
 * it loads the entry into, which need not be x1 (it may read tpidr_el0
 * into x1 before the call and load the entry into x2: tls-models' local
 * descriptors do).
 */
	.text
/* Static TLS: the offset was known at relocation time and sits in arg. */
	.globl ldso_tlsdesc_static
	.hidden ldso_tlsdesc_static
	.type ldso_tlsdesc_static, %function
ldso_tlsdesc_static:
	.cfi_startproc
	ldr x0, [x0, #8]
	ret
	.cfi_endproc
	.size ldso_tlsdesc_static, . - ldso_tlsdesc_static

/*
 * Dynamic TLS (a dlopen'ed module): arg points at {module, offset}; ask
 * ldso_tlsdesc_offset (tls.c), which may allocate.  Saves what a C call
 * may change: x1-x18 and q0-q31 (only d8-d15 are callee-saved, not
 * the upper halves).
 *
 * Frame (sp after the subtraction):
 *	sp+656	x29, x30
 *	sp+0	x2..x17, then x18, x1 (144 bytes)
 *	sp+144	q0..q31
 */
	.globl ldso_tlsdesc_dynamic
	.hidden ldso_tlsdesc_dynamic
	.type ldso_tlsdesc_dynamic, %function
ldso_tlsdesc_dynamic:
	.cfi_startproc
	stp x29, x30, [sp, #-16]!
	.cfi_def_cfa_offset 16
	.cfi_offset x29, -16
	.cfi_offset x30, -8
	mov x29, sp
	sub sp, sp, #656
	stp x2, x3, [sp, #0]
	stp x4, x5, [sp, #16]
	stp x6, x7, [sp, #32]
	stp x8, x9, [sp, #48]
	stp x10, x11, [sp, #64]
	stp x12, x13, [sp, #80]
	stp x14, x15, [sp, #96]
	stp x16, x17, [sp, #112]
	stp x18, x1, [sp, #128]
	stp q0, q1, [sp, #144]
	stp q2, q3, [sp, #176]
	stp q4, q5, [sp, #208]
	stp q6, q7, [sp, #240]
	stp q8, q9, [sp, #272]
	stp q10, q11, [sp, #304]
	stp q12, q13, [sp, #336]
	stp q14, q15, [sp, #368]
	stp q16, q17, [sp, #400]
	stp q18, q19, [sp, #432]
	stp q20, q21, [sp, #464]
	stp q22, q23, [sp, #496]
	stp q24, q25, [sp, #528]
	stp q26, q27, [sp, #560]
	stp q28, q29, [sp, #592]
	stp q30, q31, [sp, #624]
	ldr x0, [x0, #8]
	bl ldso_tlsdesc_offset
	ldp x2, x3, [sp, #0]
	ldp x4, x5, [sp, #16]
	ldp x6, x7, [sp, #32]
	ldp x8, x9, [sp, #48]
	ldp x10, x11, [sp, #64]
	ldp x12, x13, [sp, #80]
	ldp x14, x15, [sp, #96]
	ldp x16, x17, [sp, #112]
	ldp x18, x1, [sp, #128]
	ldp q0, q1, [sp, #144]
	ldp q2, q3, [sp, #176]
	ldp q4, q5, [sp, #208]
	ldp q6, q7, [sp, #240]
	ldp q8, q9, [sp, #272]
	ldp q10, q11, [sp, #304]
	ldp q12, q13, [sp, #336]
	ldp q14, q15, [sp, #368]
	ldp q16, q17, [sp, #400]
	ldp q18, q19, [sp, #432]
	ldp q20, q21, [sp, #464]
	ldp q22, q23, [sp, #496]
	ldp q24, q25, [sp, #528]
	ldp q26, q27, [sp, #560]
	ldp q28, q29, [sp, #592]
	ldp q30, q31, [sp, #624]
	mov sp, x29
	ldp x29, x30, [sp], #16
	.cfi_def_cfa_offset 0
	.cfi_restore x29
	.cfi_restore x30
	ret
	.cfi_endproc
	.size ldso_tlsdesc_dynamic, . - ldso_tlsdesc_dynamic

	.section .note.GNU-stack, "", %progbits
