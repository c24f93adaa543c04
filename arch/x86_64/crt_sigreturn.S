/*
 * __crt_restore_rt: where a signal handler returns to (sa_restorer).
 * x86-64 kernels refuse to deliver a signal to a handler installed
 * without one.  On entry rsp points at the rt signal frame; rt_sigreturn
 * (15) restores the interrupted context from it.
 */
	.text
	.globl __crt_restore_rt
	.hidden __crt_restore_rt
	.type __crt_restore_rt, @function
__crt_restore_rt:
	mov $15, %eax
	syscall
	.size __crt_restore_rt, . - __crt_restore_rt

	.section .note.GNU-stack, "", @progbits
