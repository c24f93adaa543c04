/*
 * The loader's own stack-protector failure path.  The loader is built with
 * -fstack-protector-all (see the Makefile), so it needs its own
 * __stack_chk_fail: it cannot use libssp's, which is not loaded yet and
 * may never be.  Both symbols are hidden: programs get theirs from libssp.
 * Not protected itself: a smashed frame must not recurse here.
 */
#include "ldso.h"

#define SIGABRT 6

__attribute__((no_stack_protector, noreturn)) void __stack_chk_fail(void)
{
	static const char msg[] = "ld.so: *** stack smashing detected ***: terminated\n";
	long pid = arch_syscall0(SYS_getpid), tid = arch_syscall0(SYS_gettid);

	arch_syscall3(SYS_write, 2, (long)msg, sizeof(msg) - 1);
	arch_syscall3(SYS_tgkill, pid, tid, SIGABRT);
	for (;;)
		arch_syscall1(SYS_exit_group, LDSO_EXIT_FAILURE);
}

/* i386 PIC code calls this hidden alias. */
__attribute__((no_stack_protector, noreturn)) void __stack_chk_fail_local(void)
{
	__stack_chk_fail();
}
