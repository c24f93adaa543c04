/*
 * The object registry: the load-order list of loaded objects (which is
 * also the link_map chain debuggers read through _r_debug), the question
 * "which object holds this address", and the one lock that guards them.
 * Below everything that loads, unloads or walks objects (the dl API, TLS,
 * init), so that none of those has to call another to reach them.
 *
 * The lock is recursive and per thread: a constructor run by dlopen may
 * call dlopen again.  It is a futex word, since the loader has no libc.
 */
#include "ldso.h"

#define FUTEX_WAIT 0
#define FUTEX_WAKE 1

static int lock_word;
static long lock_owner;
static int lock_depth;

void ldso_lock(void)
{
	long tid = arch_syscall0(SYS_gettid);

	if (lock_owner == tid) {
		lock_depth++;
		return;
	}
	while (__sync_val_compare_and_swap(&lock_word, 0, 1) != 0)
		arch_syscall4(SYS_futex, (long)&lock_word, FUTEX_WAIT, 1, 0);
	lock_owner = tid;
	lock_depth = 1;
}

void ldso_unlock(void)
{
	if (--lock_depth)
		return;
	lock_owner = 0;
	__sync_lock_release(&lock_word);
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
