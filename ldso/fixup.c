/*
 * The first call through a lazy PLT slot (see lazy.c for the whole
 * story, and docs/lazy-binding.md): the trampoline calls
 * ldso_lazy_fixup, which binds with the rules of eager binding
 * (ldso_bind_symbol), writes the slot unless LD_BIND_NOT is set, and
 * returns the target.  Signals stay open except around the two things a
 * handler's own first call must not interrupt: noting a binding (bind.c)
 * and an IFUNC resolver (below); see lazy.c.
 */
#include "ldso.h"
#include "bind.h"

static size_t resolved_count;

size_t ldso_lazy_resolved_count(void)
{
	return resolved_count;
}

static LDSO_NORETURN void lookup_error(struct dso *d, uint32_t symi)
{
	const char *name = ldso_dso_string(d, d->symtab[symi].st_name);
	const char *version = ldso_version_wanted(d, symi);

	ldso_fail(d->path, "symbol lookup error: undefined symbol: %s%s%s", name,
		  version ? ", version " : "", version ? version : "");
}

/*
 * An IFUNC resolver is user code run inside the fixup, with the lock
 * held: a signal it raises, or that arrives meanwhile, is delivered once
 * it has returned, still inside the loader (tests/cases/lazy-signal).
 */
static Elf_Addr ifunc_target(const struct symbol_ref *ref)
{
	uint64_t old;
	Elf_Addr value;

	if (!ref->sym || ST_TYPE(ref->sym->st_info) != STT_GNU_IFUNC ||
	    ref->sym->st_shndx == SHN_UNDEF || ref->sym->st_shndx == SHN_ABS)
		return ldso_symbol_value(ref);
	ldso_block_signals(&old);
	value = ldso_symbol_value(ref);
	ldso_restore_signals(&old);
	return value;
}

/* Bind the JUMP_SLOT the PLT pushed (`pushed`: index or byte offset). */
static Elf_Addr bind_slot(struct dso *d, size_t pushed)
{
	size_t i = pushed / ARCH_PLT_RELOC_SCALE;
	struct symbol_ref ref = { 0, 0 };
	const Elf_Reloc *r;
	uint32_t symi;
	Elf_Addr value;

	if (pushed % ARCH_PLT_RELOC_SCALE || i >= d->jmprelsz / sizeof(*r))
		ldso_fail(d->path, "bad lazy relocation %zu", pushed);
	r = &d->jmprel[i];
	if (arch_reloc_kind(ARCH_R_TYPE(r->r_info)) != REL_PLT ||
	    !ldso_plt_slot_place_ok(d, r->r_offset))
		ldso_fail(d->path, "bad lazy relocation %zu", pushed);
	symi = ARCH_R_SYM(r->r_info);
	if (symi && !ldso_bind_symbol(d, symi, LOOKUP_FOR_PLT, true, false, &ref))
		lookup_error(d, symi);
	/* We jump there (or call an IFUNC resolver there) ourselves. */
	if (ref.sym && ref.sym->st_shndx != SHN_ABS &&
	    !ldso_plt_in_load(ref.dso, ref.sym->st_value, 1, PF_X))
		ldso_fail(ref.dso->path, "symbol %s is not in its code",
			  ldso_dso_string(d, d->symtab[symi].st_name));
	value = ifunc_target(&ref);
#if ARCH_PLT_ADDEND
	value += r->r_addend;	/* as relocation writes it (reloc.c) */
#endif
	resolved_count++;
	if (!ldso.bind_not)
		__atomic_store_n((Elf_Addr *)(d->base + r->r_offset), value,
				 __ATOMIC_RELAXED);
	return value;
}

/*
 * Called by the trampoline; see the top for when signals are blocked.  A
 * failure here ends the process even inside a dlopen (an IFUNC resolver
 * making a first call): there is no caller to hand an error back to.
 */
Elf_Addr ldso_lazy_fixup(struct dso *d, size_t pushed)
{
	void *recover;
	Elf_Addr value;

	ldso_lock();
	recover = ldso.dl_recover;
	ldso.dl_recover = 0;
	value = bind_slot(d, pushed);
	ldso.dl_recover = recover;
	ldso_unlock();
	return value;
}
