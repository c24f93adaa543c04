/*
 * __crt_restore_rt: where a signal handler returns to (sa_restorer).
 * x86-64 kernels refuse to deliver a signal to a handler installed
 * without one.  On entry rsp points at the rt signal frame; rt_sigreturn
 * (15) restores the interrupted context from it.
 *
 * The unwind table says where that context is, so that a debugger or
 * profiler stopped in a handler walks on into the interrupted code: the
 * frame is struct rt_sigframe, and after the handler's ret rsp points at
 * its ucontext, whose uc_mcontext (at 40) holds r8-r15, rdi, rsi, rbp,
 * rbx, rdx, rax, rcx, rsp and rip, 8 bytes each.  The interrupted rsp is
 * the CFA; every other register is at rsp + its offset.  DWARF numbers:
 * rax 0, rdx 1, rcx 2, rbx 3, rsi 4, rdi 5, rbp 6, r8-r15 8-15, rip 16;
 * DW_CFA_def_cfa_expression 0x0f, DW_CFA_expression 0x10, DW_OP_breg7
 * (rsp) 0x77, DW_OP_deref 0x06, offsets in SLEB128.  The nop is inside
 * the table because unwinders look up a return address minus one, and
 * the handler's return address is __crt_restore_rt itself.
 */
	.text
	.cfi_startproc
	.cfi_signal_frame
	.cfi_escape 0x0f, 0x04, 0x77, 0xa0, 0x01, 0x06	/* CFA = uc_mcontext.rsp */
	.cfi_escape 0x10, 0x08, 0x02, 0x77, 0x28	/* r8 at rsp + 40 */
	.cfi_escape 0x10, 0x09, 0x02, 0x77, 0x30	/* r9 at rsp + 48 */
	.cfi_escape 0x10, 0x0a, 0x02, 0x77, 0x38	/* r10 at rsp + 56 */
	.cfi_escape 0x10, 0x0b, 0x03, 0x77, 0xc0, 0x00	/* r11 at rsp + 64 */
	.cfi_escape 0x10, 0x0c, 0x03, 0x77, 0xc8, 0x00	/* r12 at rsp + 72 */
	.cfi_escape 0x10, 0x0d, 0x03, 0x77, 0xd0, 0x00	/* r13 at rsp + 80 */
	.cfi_escape 0x10, 0x0e, 0x03, 0x77, 0xd8, 0x00	/* r14 at rsp + 88 */
	.cfi_escape 0x10, 0x0f, 0x03, 0x77, 0xe0, 0x00	/* r15 at rsp + 96 */
	.cfi_escape 0x10, 0x05, 0x03, 0x77, 0xe8, 0x00	/* rdi at rsp + 104 */
	.cfi_escape 0x10, 0x04, 0x03, 0x77, 0xf0, 0x00	/* rsi at rsp + 112 */
	.cfi_escape 0x10, 0x06, 0x03, 0x77, 0xf8, 0x00	/* rbp at rsp + 120 */
	.cfi_escape 0x10, 0x03, 0x03, 0x77, 0x80, 0x01	/* rbx at rsp + 128 */
	.cfi_escape 0x10, 0x01, 0x03, 0x77, 0x88, 0x01	/* rdx at rsp + 136 */
	.cfi_escape 0x10, 0x00, 0x03, 0x77, 0x90, 0x01	/* rax at rsp + 144 */
	.cfi_escape 0x10, 0x02, 0x03, 0x77, 0x98, 0x01	/* rcx at rsp + 152 */
	.cfi_escape 0x10, 0x10, 0x03, 0x77, 0xa8, 0x01	/* rip at rsp + 168 */
	nop
	.globl __crt_restore_rt
	.hidden __crt_restore_rt
	.type __crt_restore_rt, @function
__crt_restore_rt:
	mov $15, %eax
	syscall
	.cfi_endproc
	.size __crt_restore_rt, . - __crt_restore_rt

	.section .note.GNU-stack, "", @progbits
