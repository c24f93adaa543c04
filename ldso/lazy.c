/*
 * Lazy binding: PLT slots bound at their first call instead of at start,
 * as glibc does by default (docs/lazy-binding.md tells the whole story).
 * The work is in three files, so that they form layers: plt.c (may an
 * object or a slot wait?), this one (installing the trampoline) and
 * fixup.c (the first call, which the trampoline calls).
 *
 * At start, reloc.c asks ldso_lazy_possible whether an object may wait
 * (not with LD_BIND_NOW, -z now, a dlopen without RTLD_LAZY, the bindnow
 * build) and ldso_lazy_slot whether each of its JUMP_SLOTs may: such a
 * slot keeps its stub's address, moved by the bias.  GNU ld, gold, lld
 * and mold all reserve GOT[1] and GOT[2] as zero words at DT_PLTGOT and
 * start each slot in the object's PLT (mold: at PLT0); an object or slot
 * that does not look like that is bound now rather than trusted.  Then
 * ldso_lazy_install sets GOT[1] = the object, GOT[2] = the trampoline
 * (riscv64: GOT[1] and GOT[0]; ARCH_PLT_GOT_* in arch_defaults.h).
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
 * call store the same word.  A signal handler on the same thread that
 * interrupts the fixup and makes a first call itself is let in by the
 * recursive lock (which knows its owner by the thread pointer in the
 * lock word, objects.c).  What it then reads must not be half updated: the
 * lookup only reads, and the fixup's two other steps run with every
 * signal blocked: noting a binding into a dlopen'ed object (a list that
 * may grow, bind.c) and calling an IFUNC resolver (user code, which may
 * raise a signal: it is delivered once the resolver has returned, still
 * inside the loader).  glibc's fixup likewise takes a lock only to record
 * a new dependency.  So a first call makes no system call, but two
 * rt_sigprocmask calls around those steps.
 */
#include "ldso.h"

static void *trampoline;
static size_t deferred_count;

/* Before stage 6's worker starts (worker.c): then no thread sets it. */
void ldso_lazy_prepare(void)
{
	if (!trampoline) {
		struct arch_lazy how = arch_lazy_setup();
		trampoline = how.trampoline;
		if (ldso_debug & DEBUG_RELOC)
			ldso_trace("reloc: lazy binding: the trampoline saves the "
				   "registers and %s state (components 0x%x, %zu bytes)",
				   how.method, how.components, how.state_size);
	}
}

void ldso_lazy_install(struct dso *d, size_t deferred)
{
	Elf_Addr *got = (Elf_Addr *)(d->base + d->plt_got);

	ldso_lazy_prepare();
	got[ARCH_PLT_GOT_OBJECT] = (Elf_Addr)d;
	got[ARCH_PLT_GOT_TRAMPOLINE] = (Elf_Addr)trampoline;
	d->lazy_slots = true;
	/* Both of stage 6's threads count here (worker.c). */
	__atomic_fetch_add(&deferred_count, deferred, __ATOMIC_RELAXED);
}

void ldso_lazy_statistics(void)
{
	ldso_trace("statistics: lazy binding: %zu relocations deferred, %zu resolved at a first call",
		   deferred_count, ldso_lazy_resolved_count());
}

