/*
 * Binding a relocation's symbol, inline in the two places that do it:
 * relocation (reloc.c) and a lazy slot's first call (fixup.c), so that
 * both follow the same rules.  bind.c has what is needed rarely.
 */
#ifndef LDSO_BIND_H
#define LDSO_BIND_H

#include "symtable.h"

/*
 * Does the global table, while there is one, answer d's lookups by
 * itself?  Not for a -Bsymbolic object (it asks itself first), in secure
 * mode (the loader's exports are kept) or under LD_DEBUG=symbols (traced):
 * those take ldso_lookup's whole way.
 */
LDSO_HOT bool bind_probes(const struct dso *d)
{
	return !d->symbolic && !ldso.secure && !(ldso_debug & DEBUG_SYMBOLS);
}

/*
 * ldso_lookup for a binding whose object bind_probes: the global table,
 * while there is one, is probed here, inline.  Nearly every lookup at
 * start-up ends at it, and the call to ldso_lookup (its frame,
 * lookup_scope's tests before the probe) cost 46 instructions a lookup
 * on x86-64 at medium size, against the probe's 64.  A name the table
 * lacks (an undefined weak one, or one found only in a dlopen group's
 * local scope) still goes to ldso_lookup, with its key, and told that
 * the global table has no answer (LOOKUP_GLOBAL_PROBED): a dlopen group's
 * every lookup asked it twice.  name lies in d's string table
 * (dso_name_key).
 */
LDSO_HOT struct symbol_ref probe_lookup(const char *name,
					const char *version, struct dso *d,
					int flags)
{
	const struct ldso_symtable *t = ldso_global_symtable;
	struct symbol_ref ref;
	struct name_key k;

	if (!t)
		return ldso_lookup(name, version, d, flags);
	k = dso_name_key(d, name);
	ref = ldso_symtable_probe(t, name, k, version, flags);
	if (!ref.sym)
		return ldso_lookup_after_global(name, &k, version, d, flags);
	ldso_count_lookups(1);
	return ref;
}

/* A local symbol, or a protected or hidden one its object defines. */
LDSO_HOT bool binds_to_itself(const Elf_Sym *sym)
{
	return ST_BIND(sym->st_info) == STB_LOCAL ||
	       (sym->st_shndx != SHN_UNDEF &&
		ST_VISIBILITY(sym->st_other) != STV_DEFAULT);
}

/* A binding of d into a dlopen'ed object, for the unloading rule. */
LDSO_HOT void note_binding(struct dso *d, const struct symbol_ref *ref,
			   bool lazy)
{
	if (ref->dso && ref->dso != d && ref->dso->dlopened &&
	    ref->dso != d->last_noted)
		ldso_note_binding(d, ref->dso, lazy);
}

/*
 * Bind symbol index i of d, for a relocation applied now or (lazy) at a
 * PLT slot's first call.  A local symbol, or a protected or hidden one d
 * defines itself, binds to its own definition; anything else goes
 * through ldso_lookup, and a binding into a dlopen'ed object is noted for
 * the unloading rule (bind.c).  probe: bind_probes(d) was true, and the
 * lookup is probe_lookup.  False (ref->sym 0) for an undefined strong
 * symbol.
 */
LDSO_HOT bool ldso_bind_symbol(struct dso *d, uint32_t i, int flags, bool lazy,
			       bool probe, struct symbol_ref *ref)
{
	const Elf_Sym *sym;
	const char *name, *version;

	if (i >= d->nsyms)
		ldso_fail(d->path, "relocation symbol index %u out of range", i);
	sym = &d->symtab[i];
	if (binds_to_itself(sym)) {
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
	version = d->versym ? ldso_version_wanted(d, i) : 0;
	/* probe is a constant where this is inlined: the loops that pass
	 * false (no table, a lazy slot's first call) keep a call's short
	 * code. */
	if (probe)
		*ref = probe_lookup(name, version, d, flags);
	else
		*ref = ldso_lookup(name, version, d, flags);
	if (!ref->sym && ST_BIND(sym->st_info) != STB_WEAK)
		return false;
	note_binding(d, ref, lazy);
	if (ldso_debug & DEBUG_BINDINGS)
		ldso_trace_binding(d, ref, name, lazy);
	return true;
}

#endif
