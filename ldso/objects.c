/*
 * The object registry: the load-order list of loaded objects (which is
 * also the link_map chain debuggers read through _r_debug), the question
 * "which object holds this address", and the one lock that guards them.
 * Below everything that loads, unloads or walks objects (the dl API, TLS,
 * init), so that none of those has to call another to reach them.
 *
 * The lock is recursive and per thread: a constructor run by dlopen may
 * call dlopen again, and a signal handler that interrupts dlopen, dlsym
 * or dlclose may make a first call through a lazy slot (fixup.c) or call
 * the dl API itself on the same thread.  It is a futex word, since the
 * loader has no libc, and the word itself names the owner: taking the
 * lock and naming the owner are one compare-and-swap, so there is no
 * instant at which a handler on the owning thread finds the lock taken by
 * nobody it recognises and waits forever for itself.
 *
 * The owner's name is its thread pointer (arch_thread_pointer: no two
 * live threads share one, each has its own TCB), read without a system
 * call: a gettid was the one system call of a lazy first call, a quarter
 * of a 20-library program's.  A TCB is word-aligned, so bit 0 is free to
 * say that someone sleeps on the word.  The futex is the word's low 32
 * bits (every CPU here is little-endian): a sleeper waits only while
 * those bits still show the owner it saw with the waiters bit; any
 * change of owner it might not see there keeps that bit, so the owner's
 * unlock wakes one sleeper.
 *
 * The depth counts only the nested entries, not the first: the owner's
 * first entry does not touch it, and the last exit releases the word only
 * when it is zero.  A handler's nested entries are balanced, so whatever
 * instruction of ldso_lock or ldso_unlock it interrupts, it finds the
 * depth as the interrupted code will go on to use it, and it never
 * releases the word on the interrupted code's behalf.
 */
#include "ldso.h"

#define FUTEX_WAIT 0
#define FUTEX_WAKE 1
#define LOCK_WAITERS ((uintptr_t)1)	/* someone sleeps on the word */

static uintptr_t lock_word;	/* 0, or the owner's tp, maybe | LOCK_WAITERS */
static unsigned lock_depth;	/* the owner's nested entries */

void ldso_lock(void)
{
	uintptr_t self = (uintptr_t)arch_thread_pointer();
	uintptr_t seen, want = self;

	if ((__atomic_load_n(&lock_word, __ATOMIC_RELAXED) & ~LOCK_WAITERS) == self) {
		lock_depth++;
		return;
	}
	/*
	 * Having slept once, take the word with the waiters bit set: other
	 * sleepers may remain, and the unlock that finds the bit wakes one.
	 */
	while ((seen = __sync_val_compare_and_swap(&lock_word, 0, want)) != 0) {
		if (!(seen & LOCK_WAITERS) &&
		    !__sync_bool_compare_and_swap(&lock_word, seen, seen | LOCK_WAITERS))
			continue;
		arch_syscall4(SYS_futex, (long)&lock_word, FUTEX_WAIT,
			      (long)(uint32_t)(seen | LOCK_WAITERS), 0);
		want = self | LOCK_WAITERS;
	}
}

void ldso_unlock(void)
{
	if (lock_depth) {
		lock_depth--;
		return;
	}
	if (__atomic_exchange_n(&lock_word, 0, __ATOMIC_RELEASE) & LOCK_WAITERS)
		arch_syscall3(SYS_futex, (long)&lock_word, FUTEX_WAKE, 1);
}

/* Put d at the end of the load order; the list owns it from now on. */
void ldso_append_dso(struct dso *d)
{
	if (ldso.opening == d)
		ldso.opening = 0;
	d->prev = ldso.tail;
	d->next = 0;
	if (ldso.tail)
		ldso.tail->next = d;
	else
		ldso.head = d;
	ldso.tail = d;
}

/* Unlink d from the load-order list. */
void ldso_unlink_dso(struct dso *d)
{
	if (d->prev)
		d->prev->next = d->next;
	else
		ldso.head = d->next;
	if (d->next)
		d->next->prev = d->prev;
	else
		ldso.tail = d->prev;
}

/* The object containing addr, or 0. */
struct dso *ldso_find_dso(const void *addr)
{
	Elf_Addr a = (Elf_Addr)addr;

	for (struct dso *d = ldso.head; d; d = d->next)
		if (a >= d->base + d->vaddr_lo && a < d->base + d->vaddr_hi)
			return d;
	return 0;
}

/* Is h one of the loaded objects (a handle dlopen gave out)? */
bool ldso_is_loaded(const struct dso *h)
{
	for (struct dso *d = ldso.head; d; d = d->next)
		if (d == h)
			return true;
	return false;
}
