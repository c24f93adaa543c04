/*
 * Binding one symbol reference: which definition it gets (its own for a
 * local, protected or hidden symbol, else ldso_lookup's answer), the
 * unloading rule's record of bindings into dlopen'ed objects, and the
 * value a binding stands for.  Relocation and the lazy first call both
 * bind through ldso_bind_symbol, so the two follow the same rules; it is
 * inline in ldso.h (it runs for every symbolic relocation), and what it
 * needs rarely is here.
 */
#include "ldso.h"

static bool has_dep(struct dso **list, size_t count, const struct dso *def)
{
	for (size_t i = 0; i < count; i++)
		if (list[i] == def)
			return true;
	return false;
}

/*
 * A binding into an object dlopen'ed later than d and outside d's own
 * dependencies keeps that object loaded as long as d is (see dlfcn.c).
 */
static void add_reldep(struct dso *d, struct dso *def)
{
	if (has_dep(d->deps, d->ndeps, def) || has_dep(d->reldeps, d->nreldeps, def))
		return;
	if (d->nreldeps == d->reldeps_cap) {
		size_t cap = d->reldeps_cap ? d->reldeps_cap * 2 : 4;
		struct dso **n = ldso_alloc(cap * sizeof(*n));
		if (d->nreldeps)
			memcpy(n, d->reldeps, d->nreldeps * sizeof(*n));
		ldso_free(d->reldeps);
		d->reldeps = n;
		d->reldeps_cap = cap;
	}
	d->reldeps[d->nreldeps++] = def;
}

/*
 * Only bindings into dlopen'ed objects are noted (ldso_bind_symbol asks
 * before calling).  At a first call (lazy)
 * the list is read and grown with signals blocked: a handler's own first
 * call may note a binding of d too, and must not find the list half
 * grown, nor grow it under this one (fixup.c).
 */
void ldso_note_binding(struct dso *d, struct dso *def, bool lazy)
{
	uint64_t old;

	if (lazy)
		ldso_block_signals(&old);
	add_reldep(d, def);
	/* Consecutive bindings mostly go to one object (ldso_bind_symbol
	 * skips the lists while they do); it stays loaded as long as d. */
	d->last_noted = def;
	if (lazy)
		ldso_restore_signals(&old);
}

/*
 * Call d's IFUNC resolver at link-time address vaddr: the address of the
 * implementation it picks.  Its arguments are the CPU's
 * (arch_call_resolver: AT_HWCAP on aarch64 and riscv64, as glibc passes
 * them).  The address comes from the file (a symbol's value, an
 * IRELATIVE addend), so it must lie in d's own code before we call it:
 * a corrupt symbol table once made us call a library's ELF header.
 */
Elf_Addr ldso_call_resolver(const struct dso *d, Elf_Addr vaddr)
{
	/* Code of an object the main thread may still relocate (worker.c). */
	ldso_worker_gate();
	if (!ldso_in_code(d, vaddr))
		ldso_fail(d->path, "IFUNC resolver outside the object's code");
	return arch_call_resolver(d->base + vaddr, ldso.aux);
}

/* LD_DEBUG=bindings: one line per binding. */
void ldso_trace_binding(const struct dso *d, const struct symbol_ref *ref,
			const char *name, bool lazy)
{
	ldso_trace("bindings: binding file %s to %s: symbol `%s'%s",
		   d->path, ref->dso ? ref->dso->path : "(weak, 0)",
		   name, lazy ? " (lazy)" : "");
}
