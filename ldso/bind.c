/*
 * Binding one symbol reference: which definition it gets (its own for a
 * local, protected or hidden symbol, else ldso_lookup's answer), the
 * unloading rule's record of bindings into dlopen'ed objects, and the
 * value a binding stands for.  Relocation and the lazy first call both
 * bind through here, so the two follow the same rules.
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
 * Only bindings into dlopen'ed objects are noted.  At a first call (lazy)
 * the list is read and grown with signals blocked: a handler's own first
 * call may note a binding of d too, and must not find the list half
 * grown, nor grow it under this one (fixup.c).
 */
static void note_binding(struct dso *d, struct dso *def, bool lazy)
{
	uint64_t old;

	if (def == d || !def->dlopened)
		return;
	if (lazy)
		ldso_block_signals(&old);
	add_reldep(d, def);
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
	if (!ldso_in_code(d, vaddr))
		ldso_fail(d->path, "IFUNC resolver outside the object's code");
	return arch_call_resolver(d->base + vaddr, ldso.aux);
}

/*
 * Bind symbol index i of d, for a relocation applied now or (lazy) at a
 * PLT slot's first call.  A local symbol, or a protected or hidden one d
 * defines itself, binds to its own definition; anything else goes
 * through ldso_lookup, and a binding into a dlopen'ed object is noted for
 * the unloading rule.  False (ref->sym 0) for an undefined strong symbol.
 */
bool ldso_bind_symbol(struct dso *d, uint32_t i, int flags, bool lazy,
		      struct symbol_ref *ref)
{
	const Elf_Sym *sym;
	const char *name;
	unsigned vis;

	if (i >= d->nsyms)
		ldso_fail(d->path, "relocation symbol index %u out of range", i);
	sym = &d->symtab[i];
	vis = ST_VISIBILITY(sym->st_other);
	if (ST_BIND(sym->st_info) == STB_LOCAL ||
	    (sym->st_shndx != SHN_UNDEF && vis != STV_DEFAULT)) {
		ref->sym = sym;
		ref->dso = d;
		return true;
	}
	/* The string table's end was proven once (dynamic.c): then an
	 * offset inside it is a whole name, without a call. */
	if (d->strtab_terminated && sym->st_name < d->strsz)
		name = d->strtab + sym->st_name;
	else if (!(name = ldso_dso_string(d, sym->st_name)))
		ldso_fail(d->path, "bad symbol name offset");
	*ref = ldso_lookup(name, d->versym ? ldso_version_wanted(d, i) : 0,
			   d, flags);
	if (!ref->sym && ST_BIND(sym->st_info) != STB_WEAK)
		return false;
	if (ref->dso)
		note_binding(d, ref->dso, lazy);
	if (ldso_debug & DEBUG_BINDINGS)
		ldso_trace("bindings: binding file %s to %s: symbol `%s'%s",
			   d->path, ref->dso ? ref->dso->path : "(weak, 0)",
			   name, lazy ? " (lazy)" : "");
	return true;
}
