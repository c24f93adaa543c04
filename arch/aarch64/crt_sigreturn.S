/*
 * __crt_restore_rt: where a signal handler returns to (sa_restorer, with
 * SA_RESTORER).  On entry sp points at the kernel's struct rt_sigframe;
 * rt_sigreturn (139) restores the interrupted context from it.
 *
 * The unwind table says where that context is, so that a debugger stopped
 * in a handler walks on into the interrupted code: struct rt_sigframe is
 * siginfo (128 bytes), then the ucontext, whose uc_mcontext (at 176 in
 * it) is struct sigcontext: fault_address, then x0-x30, sp, pc.  So x_n
 * is at sp + 312 + 8n, the interrupted sp at sp + 560 and pc at sp + 568.
 * DWARF numbers: x0-x30 0-30, sp 31; the return address column is x30,
 * which gets the interrupted pc (as Linux's own vDSO trampoline does).
 * DW_CFA_def_cfa_expression 0x0f, DW_CFA_expression 0x10, DW_OP_breg31
 * (sp) 0x8f, DW_OP_deref 0x06, offsets in SLEB128.  The nop is inside the
 * table because unwinders look up a return address minus one.
 */
	.text
	.cfi_startproc
	.cfi_signal_frame
	.cfi_escape 0x0f, 0x04, 0x8f, 0xb0, 0x04, 0x06		/* CFA = sp at +560 */
	.cfi_escape 0x10, 0x1d, 0x03, 0x8f, 0xa0, 0x04		/* x29 at +544 */
	.cfi_escape 0x10, 0x1e, 0x03, 0x8f, 0xb8, 0x04		/* x30 = pc, at +568 */
	.cfi_escape 0x10, 0x13, 0x03, 0x8f, 0xd0, 0x03		/* x19 at +464 */
	.cfi_escape 0x10, 0x14, 0x03, 0x8f, 0xd8, 0x03		/* x20 at +472 */
	nop
	.globl __crt_restore_rt
	.hidden __crt_restore_rt
	.type __crt_restore_rt, %function
__crt_restore_rt:
	mov x8, #139		/* SYS_rt_sigreturn */
	svc #0
	.cfi_endproc
	.size __crt_restore_rt, . - __crt_restore_rt

	.section .note.GNU-stack, "", %progbits
