/*
 * Lazy binding: PLT slots bound at their first call instead of at start,
 * as glibc does by default (docs/lazy-binding.md tells the whole story).
 *
 * At start, reloc.c asks ldso_lazy_possible whether an object may wait
 * (not with LD_BIND_NOW, -z now, a dlopen without RTLD_LAZY, the bindnow
 * build) and ldso_lazy_slot whether each of its JUMP_SLOTs may: such a
 * slot keeps its stub's address, moved by the bias.  GNU ld, gold, lld
 * and mold all reserve GOT[1] and GOT[2] as zero words at DT_PLTGOT and
 * start each slot in the object's PLT (mold: at PLT0); an object or slot
 * that does not look like that is bound now rather than trusted.  Then
 * ldso_lazy_install sets GOT[1] = the object, GOT[2] = the trampoline.
 *
 * At the first call, the trampoline (arch/<arch>/trampoline.S) saves what
 * the call may carry arguments in and calls ldso_lazy_fixup, which binds
 * with ldso_bind_symbol, the rules of eager binding (reldeps included),
 * writes the slot with one aligned store unless LD_BIND_NOT is set, and
 * returns the target.  A missing symbol ends the process there.
 *
 * Threads and signals.  The fixup holds the loader lock, as every reader
 * of the object list and symbol tables does, so it never sees another
 * thread's dlopen or dlclose half done; two threads making the same first
 * call store the same word.  A signal handler on the same thread is the
 * hard case: had it interrupted the fixup while the lock was held and
 * made a first call itself, the recursive lock would let it in on an
 * update in progress (the allocator, a reldeps array), and in the
 * instants between the lock word's compare-and-swap and the owner's id
 * being stored it would wait forever for itself.  glibc's fixup takes no
 * lock for its lookups (its scopes are replaced, never edited in place).
 * Ours edit lists in place, so instead the fixup blocks every signal for
 * as long as it holds the lock: a handler still runs anywhere else in the
 * trampoline and the fixup, one that arrives meanwhile is delivered as
 * the fixup unblocks it, still inside the resolver, and its own first
 * call then finds the lock free.  The price is two rt_sigprocmask calls
 * per first call.
 */
#include "ldso.h"

#define SIG_SETMASK 2

/* The bindnow loader build binds every slot at start, for the tests. */
#ifdef LDSO_BIND_NOW_ALWAYS
#define FORCED_NOW true
#else
#define FORCED_NOW false
#endif

static void *trampoline;
static size_t deferred_count, resolved_count;

static bool load_holds(const Elf_Phdr *ph, Elf_Addr vaddr, size_t size,
		       unsigned need)
{
	return ph->p_type == PT_LOAD && (ph->p_flags & need) == need &&
	       vaddr >= ph->p_vaddr && size <= ph->p_memsz &&
	       vaddr - ph->p_vaddr <= ph->p_memsz - size;
}

/*
 * [vaddr, vaddr + size) inside one PT_LOAD with every flag of `need`.
 * Asked for every JUMP_SLOT at start, the one cost lazy binding adds
 * there: slots come in a row in one segment and point into one PLT, so
 * the segment that answered last, per kind of question, is tried first
 * (only an index: it is checked again, whatever object asks).
 */
static bool in_load(const struct dso *d, Elf_Addr vaddr, size_t size,
		    unsigned need)
{
	static size_t last[2];
	size_t *hint = &last[need == PF_X];

	if (*hint < d->phnum && load_holds(&d->phdr[*hint], vaddr, size, need))
		return true;
	for (size_t i = 0; i < d->phnum; i++)
		if (load_holds(&d->phdr[i], vaddr, size, need)) {
			*hint = i;
			return true;
		}
	return false;
}

/* The pages ldso_protect_relro makes read-only once relocation is done. */
static bool in_relro(const struct dso *d, Elf_Addr vaddr, size_t size)
{
	Elf_Addr start, end;

	if (!d->relro)
		return false;
	start = ldso_page_down(d->relro->p_vaddr);
	end = ldso_page_down(d->relro->p_vaddr + d->relro->p_memsz);
	return vaddr < end && vaddr + size > start;
}

/* Words the loader may still write after start: aligned, PF_W, not RELRO. */
static bool writable_later(const struct dso *d, Elf_Addr vaddr, size_t size)
{
	return vaddr % sizeof(Elf_Addr) == 0 &&
	       in_load(d, vaddr, size, PF_R | PF_W) && !in_relro(d, vaddr, size);
}

/*
 * GOT[1] and GOT[2]: two zero words reserved for us.  They are written
 * before RELRO protection, and ld puts them inside it.
 */
static bool lazy_header_ok(const struct dso *d)
{
	const Elf_Addr *got = (const Elf_Addr *)(d->base + d->plt_got);

	return d->plt_got && d->plt_got % sizeof(Elf_Addr) == 0 &&
	       in_load(d, d->plt_got, 3 * sizeof(Elf_Addr), PF_R | PF_W) &&
	       got[1] == 0 && got[2] == 0;
}

bool ldso_lazy_possible(const struct dso *d, bool bind_now)
{
	return !FORCED_NOW && !bind_now && !ldso.bind_now && !d->bind_now &&
	       d->jmprelsz && lazy_header_ok(d);
}

/* A slot's place: writable later, and not the header it is reached by. */
static bool slot_place_ok(const struct dso *d, Elf_Addr offset)
{
	Elf_Addr header_end = d->plt_got + 3 * sizeof(Elf_Addr);

	return writable_later(d, offset, sizeof(Elf_Addr)) &&
	       (offset >= header_end || offset + sizeof(Elf_Addr) <= d->plt_got);
}

/*
 * May the JUMP_SLOT at offset wait for its first call?  Its link-time
 * value, read once the place is known good, must lead into this object's
 * code (its PLT), or the stub we would leave there is not one.
 */
bool ldso_lazy_slot(const struct dso *d, Elf_Addr offset)
{
	return slot_place_ok(d, offset) &&
	       in_load(d, *(const Elf_Addr *)(d->base + offset), 1, PF_X);
}

void ldso_lazy_install(struct dso *d, size_t deferred)
{
	Elf_Addr *got = (Elf_Addr *)(d->base + d->plt_got);

	if (!trampoline) {
		struct arch_lazy how = arch_lazy_setup();
		trampoline = how.trampoline;
		if (ldso_debug & DEBUG_RELOC)
			ldso_trace("reloc: lazy binding: the trampoline saves the "
				   "registers and %s state (components 0x%x, %zu bytes)",
				   how.method, how.components, how.state_size);
	}
	got[1] = (Elf_Addr)d;
	got[2] = (Elf_Addr)trampoline;
	deferred_count += deferred;
}

void ldso_lazy_statistics(void)
{
	ldso_trace("statistics: lazy binding: %zu relocations deferred, %zu resolved at a first call",
		   deferred_count, resolved_count);
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
	    !slot_place_ok(d, r->r_offset))
		ldso_fail(d->path, "bad lazy relocation %zu", pushed);
	symi = ARCH_R_SYM(r->r_info);
	if (symi && !ldso_bind_symbol(d, symi, LOOKUP_FOR_PLT, true, &ref))
		lookup_error(d, symi);
	/* We jump there (or call an IFUNC resolver there) ourselves. */
	if (ref.sym && ref.sym->st_shndx != SHN_ABS &&
	    !in_load(ref.dso, ref.sym->st_value, 1, PF_X))
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
