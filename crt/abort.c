/*
 * abort(), as POSIX has it: a SIGABRT handler gets a chance to run, then
 * the signal is raised again with the default action and unblocked, which
 * ends the process whatever the program did with the signal.
 */
#include <assert.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#include <syscall.h>

#include "internal.h"

#define SIG_UNBLOCK 1

static void unblock(int sig)
{
	unsigned long long set = 1ULL << (sig - 1);

	arch_syscall4(SYS_rt_sigprocmask, SIG_UNBLOCK, (long)&set, 0,
		      sizeof set);
}

void abort(void)
{
	/* What the program printed before it gave up is often the point. */
	fflush(0);
	raise(SIGABRT);
	__crt_sigaction(SIGABRT, SIG_DFL, 0, 0);
	unblock(SIGABRT);
	raise(SIGABRT);
	_Exit(127);
}

void __assert_fail(const char *expr, const char *file, int line,
		   const char *func)
{
	fprintf(stderr, "Assertion failed: %s (%s: %s: %d)\n", expr, file,
		func, line);
	abort();
}
