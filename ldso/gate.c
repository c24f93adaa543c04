/*
 * Where stage 6's worker (worker.c) waits for the main thread: before
 * anything whose effect another object could see, or whose order
 * matters (worker.c lists them), the worker calls ldso_worker_gate.
 * Below everything that calls it (print.c, alloc.c, bind.c, reloc.c):
 * it uses nothing but system calls.
 */
#include "ldso.h"

#ifdef LDSO_SYMTABLE_ALWAYS
#define FORCED true
#else
#define FORCED false
#endif

#define FUTEX_WAIT 0
#define FUTEX_WAKE 1

struct ldso_worker_sync ldso_worker_sync;

/*
 * A flag: 0, FLAG_WAITED (0, and its waiter sleeps or is about to) or
 * FLAG_SET.  The setter makes the system call that wakes only when the
 * waiter said it sleeps: a flag set before anyone waits costs none, and
 * a wait for a flag already set none either.
 */
#define FLAG_SET 1
#define FLAG_WAITED 2

bool ldso_flag_is_set(int *flag)
{
	return __atomic_load_n(flag, __ATOMIC_ACQUIRE) == FLAG_SET;
}

/* Wait until *flag is set (ldso_flag_set). */
void ldso_flag_wait(int *flag)
{
	int seen;

	while ((seen = __atomic_load_n(flag, __ATOMIC_ACQUIRE)) != FLAG_SET) {
		if (seen == 0 &&
		    !__atomic_compare_exchange_n(flag, &seen, FLAG_WAITED, false,
						 __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
			continue;
		arch_syscall4(SYS_futex, (long)flag, FUTEX_WAIT, FLAG_WAITED, 0);
	}
}

/*
 * Set *flag, after every write before it, and wake its waiter.  A wake
 * that fails (a fault injected, as tests/cases/fault-injection does) is
 * tried again: the waiter sleeps.  A kernel that refuses futex always
 * has no sleeper to wake (its waits fail too, and the waiter spins).
 */
void ldso_flag_set(int *flag)
{
	if (__atomic_exchange_n(flag, FLAG_SET, __ATOMIC_RELEASE) != FLAG_WAITED)
		return;
	for (int i = 0; i < 4; i++)
		if (arch_syscall3(SYS_futex, (long)flag, FUTEX_WAKE, 1) >= 0)
			return;
}

static bool on_worker(void)
{
	return ldso_worker_sync.tp && arch_thread_pointer() == ldso_worker_sync.tp;
}

/* ldso_worker_gate's slow part: there is a worker. */
void ldso_worker_wait_turn(void)
{
	if (!on_worker() ||
	    ldso_flag_is_set(&ldso_worker_sync.main_done))
		return;
	/* The symtable build's main thread waits for this (worker.c). */
	if (FORCED)
		ldso_flag_set(&ldso_worker_sync.went_first);
	ldso_flag_wait(&ldso_worker_sync.main_done);
}
