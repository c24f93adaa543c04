/*
 * The first call through a lazy PLT slot (see lazy.c for the whole
 * story, and docs/lazy-binding.md): the trampoline calls
 * ldso_lazy_fixup, which binds with the rules of eager binding
 * (ldso_bind_symbol), writes the slot unless LD_BIND_NOT is set, and
 * returns the target.  Signals are blocked while the lock is held: see
 * lazy.c.
 */
#include "ldso.h"

#define SIG_SETMASK 2

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
	if (symi && !ldso_bind_symbol(d, symi, LOOKUP_FOR_PLT, true, &ref))
		lookup_error(d, symi);
	/* We jump there (or call an IFUNC resolver there) ourselves. */
	if (ref.sym && ref.sym->st_shndx != SHN_ABS &&
	    !ldso_plt_in_load(ref.dso, ref.sym->st_value, 1, PF_X))
		ldso_fail(ref.dso->path, "symbol %s is not in its code",
			  ldso_dso_string(d, d->symtab[symi].st_name));
	value = ldso_symbol_value(&ref);
	resolved_count++;
	if (!ldso.bind_not)
		__atomic_store_n((Elf_Addr *)(d->base + r->r_offset), value,
				 __ATOMIC_RELAXED);
	return value;
}

/*
 * Called by the trampoline; see the top for why signals are blocked.  A
 * failure here ends the process even inside a dlopen (an IFUNC resolver
 * making a first call): there is no caller to hand an error back to.
 */
Elf_Addr ldso_lazy_fixup(struct dso *d, size_t pushed)
{
	uint64_t all = ~(uint64_t)0, old;
	void *recover;
	Elf_Addr value;

	arch_syscall4(SYS_rt_sigprocmask, SIG_SETMASK, (long)&all, (long)&old,
		      sizeof(all));
	ldso_lock();
	recover = ldso.dl_recover;
	ldso.dl_recover = 0;
	value = bind_slot(d, pushed);
	ldso.dl_recover = recover;
	ldso_unlock();
	arch_syscall4(SYS_rt_sigprocmask, SIG_SETMASK, (long)&old, 0, sizeof(old));
	return value;
}
