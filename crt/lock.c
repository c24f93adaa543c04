/*
 * The runtime's lock: what malloc's free lists and the stdio buffers are
 * guarded with once crt_thread_create() has made a second thread.
 *
 * A word that is 0 (free) or 1 (taken), and futex waits on it: the
 * loader's dl lock does the same.  Every unlock wakes one waiter, which
 * costs a system call even when nobody waits; no program of ours is busy
 * enough for that to matter.  The owner's thread id and a depth make it
 * recursive: vdprintf() calls vfprintf() and fflush(), and a stdio call
 * from a signal handler must not hang the thread it interrupted.
 */
#include <syscall.h>

#include "internal.h"

#define FUTEX_WAIT 0
#define FUTEX_WAKE 1

void __crt_lock(struct __crt_lock *l)
{
	int tid = (int)arch_syscall0(SYS_gettid);

	if (__atomic_load_n(&l->owner, __ATOMIC_RELAXED) == tid) {
		l->depth++;
		return;
	}
	while (__sync_val_compare_and_swap(&l->word, 0, 1) != 0)
		arch_syscall4(SYS_futex, (long)&l->word, FUTEX_WAIT, 1, 0);
	__atomic_store_n(&l->owner, tid, __ATOMIC_RELAXED);
	l->depth = 1;
}

void __crt_unlock(struct __crt_lock *l)
{
	if (--l->depth)
		return;
	__atomic_store_n(&l->owner, 0, __ATOMIC_RELAXED);
	__sync_lock_release(&l->word);
	arch_syscall3(SYS_futex, (long)&l->word, FUTEX_WAKE, 1);
}
