/*
 * __crt_restore_rt: where a signal handler returns to (sa_restorer).
 * Only for handlers installed with SA_SIGINFO, which get the rt signal
 * frame; the runtime installs every handler so.  On entry esp points at
 * that frame; rt_sigreturn (173) restores the interrupted context from it.
 */
	.text
	.globl __crt_restore_rt
	.hidden __crt_restore_rt
	.type __crt_restore_rt, @function
__crt_restore_rt:
	mov $173, %eax
	int $0x80
	.size __crt_restore_rt, . - __crt_restore_rt

	.section .note.GNU-stack, "", @progbits
