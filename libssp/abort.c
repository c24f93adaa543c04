/*
 * The one way libssp fails: print a line on stderr, then die of SIGABRT,
 * as glibc does, so that a shell reports status 134 and a core dump is
 * possible.  Everything goes through raw system calls: after a smashed
 * stack or an overflowed buffer, no state of a libc (stdio buffers, locks,
 * atexit handlers) can be trusted, and there may be no libc at all.
 *
 * Not protected: it runs because a canary check already failed, and a
 * second check here could only recurse.
 */
#include "ssp.h"
#include "syscall.h"

#define SIGABRT 6
#define SIG_DFL 0
#define SIG_UNBLOCK 1
#define KERNEL_SIGSET_SIZE 8
#define EXIT_STATUS_ABORT_FAILED 127

/*
 * The kernel's struct sigaction for rt_sigaction.  Where the CPU has no
 * SA_RESTORER (riscv64) the kernel's has no restorer field and reads ours
 * as the mask: both are zero here, so one layout serves.
 */
struct kernel_sigaction {
	unsigned long handler;
	unsigned long flags;
	unsigned long restorer;
	unsigned char mask[KERNEL_SIGSET_SIZE];
};

__attribute__((no_stack_protector))
static void write_all(const char *s, size_t len)
{
	while (len > 0) {
		long n = arch_syscall3(SYS_write, 2, (long)s, (long)len);
		if (n == -4)	/* EINTR */
			continue;
		if (n <= 0)
			return;
		s += n;
		len -= n;
	}
}

/*
 * A handler the program installed for SIGABRT, or a mask blocking it,
 * must not turn the abort into a return: reset the action to the default
 * and unblock the signal before sending it.
 */
__attribute__((noreturn, no_stack_protector))
static void abort_process(void)
{
	struct kernel_sigaction action = { SIG_DFL, 0, 0, { 0 } };
	unsigned long long abort_set = 1ull << (SIGABRT - 1);
	long pid, tid;

	arch_syscall4(SYS_rt_sigaction, SIGABRT, (long)&action, 0,
		      KERNEL_SIGSET_SIZE);
	arch_syscall4(SYS_rt_sigprocmask, SIG_UNBLOCK, (long)&abort_set, 0,
		      KERNEL_SIGSET_SIZE);
	pid = arch_syscall0(SYS_getpid);
	tid = arch_syscall0(SYS_gettid);
	arch_syscall3(SYS_tgkill, pid, tid, SIGABRT);
	for (;;)
		arch_syscall1(SYS_exit_group, EXIT_STATUS_ABORT_FAILED);
}

__attribute__((noreturn, no_stack_protector))
void ssp_die(const char *line, size_t len)
{
	write_all(line, len);
	abort_process();
}
