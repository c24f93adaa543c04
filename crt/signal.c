/* signal() and raise(), on rt_sigaction and tgkill. */
#include <signal.h>
#include <unistd.h>

#include <syscall.h>

#include "internal.h"

#define SA_SIGINFO 0x00000004
#define SA_RESTART 0x10000000

/*
 * The kernel's struct sigaction for rt_sigaction: with a restorer where
 * the CPU has SA_RESTORER (arch/<arch>/syscall.h), without elsewhere.
 */
struct kernel_sigaction {
	void (*handler)(int);
	unsigned long flags;
#ifdef ARCH_SA_RESTORER
	void (*restorer)(void);
#endif
	unsigned long long mask;
};

/*
 * SA_SIGINFO always, so that every handler gets the rt signal frame and
 * one restorer serves them all; a handler declared with one int
 * parameter ignores the two extra arguments.
 */
int __crt_sigaction(int sig, void (*handler)(int), int flags,
		    void (**old)(int))
{
	struct kernel_sigaction new_action = {
		.handler = handler,
#ifdef ARCH_SA_RESTORER
		.flags = flags | SA_SIGINFO | ARCH_SA_RESTORER,
		.restorer = __crt_restore_rt,
#else
		.flags = flags | SA_SIGINFO,
#endif
	};
	struct kernel_sigaction old_action;
	long r;

	r = arch_syscall4(SYS_rt_sigaction, sig, (long)&new_action,
			  (long)&old_action, sizeof new_action.mask);
	if (__crt_syscall_ret(r) < 0)
		return -1;
	if (old)
		*old = old_action.handler;
	return 0;
}

sighandler_t signal(int sig, sighandler_t handler)
{
	sighandler_t old;

	if (__crt_sigaction(sig, handler, SA_RESTART, &old) < 0)
		return SIG_ERR;
	return old;
}

int raise(int sig)
{
	return __crt_syscall_ret(arch_syscall3(SYS_tgkill, getpid(), gettid(),
					       sig));
}
