/*
 * __crt_restore_rt: where a signal handler returns to (sa_restorer).
 * Only for handlers installed with SA_SIGINFO, which get the rt signal
 * frame; the runtime installs every handler so.  On entry esp points at
 * that frame; rt_sigreturn (173) restores the interrupted context from it.
 *
 * The unwind table says where that context is, so that a debugger or
 * profiler stopped in a handler walks on into the interrupted code: after
 * the handler's ret, esp points at struct rt_sigframe's sig; then come
 * pinfo, puc, the 128-byte siginfo and the ucontext (at 140), whose
 * uc_mcontext (at 20 in it: esp + 160) holds gs, fs, es, ds, edi, esi,
 * ebp, esp, ebx, edx, ecx, eax, trapno, err, eip, 4 bytes each.  The
 * interrupted esp is the CFA; every other register is at esp + its
 * offset.  DWARF numbers: eax 0, ecx 1, edx 2, ebx 3, ebp 5, esi 6, edi 7,
 * eip 8; DW_CFA_def_cfa_expression 0x0f, DW_CFA_expression 0x10,
 * DW_OP_breg4 (esp) 0x74, DW_OP_deref 0x06, offsets in SLEB128.  The nop
 * is inside the table because unwinders look up a return address minus
 * one, and the handler's return address is __crt_restore_rt itself.
 */
	.text
	.cfi_startproc
	.cfi_signal_frame
	.cfi_escape 0x0f, 0x04, 0x74, 0xbc, 0x01, 0x06	/* CFA = uc_mcontext.esp */
	.cfi_escape 0x10, 0x07, 0x03, 0x74, 0xb0, 0x01	/* edi at esp + 176 */
	.cfi_escape 0x10, 0x06, 0x03, 0x74, 0xb4, 0x01	/* esi at esp + 180 */
	.cfi_escape 0x10, 0x05, 0x03, 0x74, 0xb8, 0x01	/* ebp at esp + 184 */
	.cfi_escape 0x10, 0x03, 0x03, 0x74, 0xc0, 0x01	/* ebx at esp + 192 */
	.cfi_escape 0x10, 0x02, 0x03, 0x74, 0xc4, 0x01	/* edx at esp + 196 */
	.cfi_escape 0x10, 0x01, 0x03, 0x74, 0xc8, 0x01	/* ecx at esp + 200 */
	.cfi_escape 0x10, 0x00, 0x03, 0x74, 0xcc, 0x01	/* eax at esp + 204 */
	.cfi_escape 0x10, 0x08, 0x03, 0x74, 0xd8, 0x01	/* eip at esp + 216 */
	nop
	.globl __crt_restore_rt
	.hidden __crt_restore_rt
	.type __crt_restore_rt, @function
__crt_restore_rt:
	mov $173, %eax
	int $0x80
	.cfi_endproc
	.size __crt_restore_rt, . - __crt_restore_rt

	.section .note.GNU-stack, "", @progbits
