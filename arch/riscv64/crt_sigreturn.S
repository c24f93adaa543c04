/*
 * __crt_restore_rt: rt_sigreturn (139).  RISC-V has no SA_RESTORER (see
 * ARCH_SA_RESTORER in syscall.h): the kernel returns from a handler
 * through its vDSO (qemu-user: a trampoline of its own), so nothing
 * installs this one.  It is here so that every CPU's runtime has the same
 * pieces.
 */
	.text
	.globl __crt_restore_rt
	.hidden __crt_restore_rt
	.type __crt_restore_rt, @function
__crt_restore_rt:
	.cfi_startproc
	li a7, 139		/* SYS_rt_sigreturn */
	ecall
	.cfi_endproc
	.size __crt_restore_rt, . - __crt_restore_rt

	.section .note.GNU-stack, "", @progbits
