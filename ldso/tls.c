/*
 * Static TLS and the final thread control block (TLS variant II).
 *
 * Every initially loaded object with PT_TLS gets a module id (1, 2, ...
 * in load order, so the executable is 1 when it has TLS) and a block
 * below the thread pointer: tlsoffset(m) = round_up(tlsoffset(m-1) +
 * memsz(m), align(m)), the first starting at 0.  The executable's block
 * must sit exactly there, because ld bakes its offset into local-exec
 * code.  The TCB at tp gets the canary of the early TCB (stage 2): the
 * value must not change while protected frames are live, and they are.
 */
#include "ldso.h"

/* Room left for dlopen'ed initial-exec TLS, the amount glibc reserves. */
#define TLS_SURPLUS 1664

static size_t round_up(size_t x, size_t align)
{
	return (x + align - 1) & ~(align - 1);
}

void ldso_setup_tls(void)
{
	size_t offset = 0, align = sizeof(void *), modules = 0;
	struct tcb *tcb;
	uintptr_t *dtv;
	char *area;

	for (struct dso *d = ldso.head; d; d = d->next) {
		if (!d->tls_memsz)
			continue;
		d->tls_id = ++modules;
		offset = round_up(offset + d->tls_memsz, d->tls_align);
		d->tls_offset = offset;
		if (d->tls_align > align)
			align = d->tls_align;
	}
	area = ldso_alloc(TLS_SURPLUS + offset + align + sizeof(struct tcb));
	tcb = (struct tcb *)round_up((uintptr_t)area + TLS_SURPLUS + offset,
				     align);
	dtv = ldso_alloc((modules + 1) * sizeof(*dtv));
	dtv[0] = modules;
	for (struct dso *d = ldso.head; d; d = d->next) {
		char *block;
		if (!d->tls_memsz)
			continue;
		block = (char *)tcb - d->tls_offset;
		memcpy(block, (void *)(d->base + d->tls_image), d->tls_filesz);
		memset(block + d->tls_filesz, 0, d->tls_memsz - d->tls_filesz);
		dtv[d->tls_id] = (uintptr_t)block;
	}
	memset(tcb, 0, sizeof(*tcb));
	tcb->self = tcb;
	tcb->self2 = tcb;
	tcb->dtv = dtv;
	tcb->canary = ldso_early_tcb.canary;
	tcb->pointer_guard = ldso_early_tcb.pointer_guard;
	if (arch_set_thread_pointer(tcb) < 0)
		ldso_fail(0, "cannot set the thread pointer");
}

uintptr_t ldso_tls_offset(const struct dso *d)
{
	return d->tls_offset;
}

/* The address of offset in module's block: __tls_get_addr's work. */
void *ldso_tls_get_addr(size_t module, size_t offset)
{
	struct tcb *tcb = arch_thread_pointer();
	uintptr_t *dtv = tcb->dtv;

	if (module == 0 || module > dtv[0])
		ldso_fail(0, "TLS module %zu out of range", module);
	return (char *)dtv[module] + offset;
}
