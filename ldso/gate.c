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

/* Wait until *flag is set (ldso_flag_set). */
void ldso_flag_wait(int *flag)
{
	while (!__atomic_load_n(flag, __ATOMIC_ACQUIRE))
		arch_syscall4(SYS_futex, (long)flag, FUTEX_WAIT, 0, 0);
}

/* Set *flag, after every write before it, and wake its waiter. */
void ldso_flag_set(int *flag)
{
	__atomic_store_n(flag, 1, __ATOMIC_RELEASE);
	arch_syscall3(SYS_futex, (long)flag, FUTEX_WAKE, 1);
}

static bool on_worker(void)
{
	return ldso_worker_sync.tp && arch_thread_pointer() == ldso_worker_sync.tp;
}

/* ldso_worker_gate's slow part: there is a worker. */
void ldso_worker_wait_turn(void)
{
	if (!on_worker() ||
	    __atomic_load_n(&ldso_worker_sync.main_done, __ATOMIC_ACQUIRE))
		return;
	/* The symtable build's main thread waits for this (worker.c). */
	if (FORCED)
		ldso_flag_set(&ldso_worker_sync.went_first);
	ldso_flag_wait(&ldso_worker_sync.main_done);
}
