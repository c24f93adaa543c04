/*
 * What lazy binding may trust (see lazy.c): whether an object's GOT
 * header and each of its JUMP_SLOTs look as every linker leaves them.
 * Questions about the object alone, asked by relocation, by the
 * process-wide symbol table and by the first call, so they live below all
 * three.
 */
#include "ldso.h"

/* The bindnow loader build binds every slot at start, for the tests. */
#ifdef LDSO_BIND_NOW_ALWAYS
#define FORCED_NOW true
#else
#define FORCED_NOW false
#endif

LDSO_HOT bool load_holds(const Elf_Phdr *ph, Elf_Addr vaddr, size_t size,
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
 * (only an index: it is checked again, whatever object asks).  Stage 6's
 * two threads (worker.c) share the hints: each is read and written whole
 * (relaxed atomics, plain moves), and a hint the other thread left is
 * only a worse guess.
 */
static size_t last[2];		/* data (PF_W) and code (PF_X) */

/* The index of that segment, or phnum: none. */
LDSO_HOT size_t find_load(const struct dso *d, Elf_Addr vaddr, size_t size,
			  unsigned need)
{
	size_t *hint = &last[need == PF_X];
	size_t h = __atomic_load_n(hint, __ATOMIC_RELAXED);

	if (h < d->phnum && load_holds(&d->phdr[h], vaddr, size, need))
		return h;
	for (size_t i = 0; i < d->phnum; i++)
		if (load_holds(&d->phdr[i], vaddr, size, need)) {
			__atomic_store_n(hint, i, __ATOMIC_RELAXED);
			return i;
		}
	return d->phnum;
}

LDSO_HOT bool in_load(const struct dso *d, Elf_Addr vaddr, size_t size,
		      unsigned need)
{
	return find_load(d, vaddr, size, need) < d->phnum;
}

bool ldso_plt_in_load(const struct dso *d, Elf_Addr vaddr, size_t size,
		      unsigned need)
{
	return in_load(d, vaddr, size, need);
}

/* The pages ldso_protect_relro makes read-only once relocation is done. */
LDSO_HOT bool in_relro(const struct dso *d, Elf_Addr vaddr, size_t size)
{
	Elf_Addr start, end;

	if (!d->relro)
		return false;
	start = ldso_page_down(d->relro->p_vaddr);
	end = ldso_page_down(d->relro->p_vaddr + d->relro->p_memsz);
	return vaddr < end && vaddr + size > start;
}

/* Words the loader may still write after start: aligned, PF_W, not RELRO. */
LDSO_HOT bool writable_later(const struct dso *d, Elf_Addr vaddr, size_t size)
{
	return vaddr % sizeof(Elf_Addr) == 0 &&
	       in_load(d, vaddr, size, PF_R | PF_W) && !in_relro(d, vaddr, size);
}

bool ldso_plt_writable_later(const struct dso *d, Elf_Addr vaddr, size_t size)
{
	return writable_later(d, vaddr, size);
}

/*
 * The GOT's header (ARCH_PLT_GOT_HEADER words at DT_PLTGOT; x86, aarch64:
 * GOT[1] and GOT[2], riscv64: GOT[0] and GOT[1]): two words reserved for
 * us, as the static linker leaves them (arch_plt_got_header_ok).  They are written before RELRO protection, and ld puts them
 * inside it.
 */
static bool lazy_header_ok(const struct dso *d)
{
	const Elf_Addr *got = (const Elf_Addr *)(d->base + d->plt_got);

	return d->plt_got && d->plt_got % sizeof(Elf_Addr) == 0 &&
	       ldso_plt_in_load(d, d->plt_got, ARCH_PLT_GOT_HEADER * sizeof(Elf_Addr),
				PF_R | PF_W) &&
	       arch_plt_got_header_ok(got);
}

bool ldso_lazy_possible(const struct dso *d, bool bind_now)
{
	return !FORCED_NOW && !bind_now && !ldso.bind_now && !d->bind_now &&
	       d->jmprelsz && lazy_header_ok(d);
}

/* A slot's place: writable later, and not the header it is reached by. */
LDSO_HOT bool slot_place_ok(const struct dso *d, Elf_Addr offset)
{
	Elf_Addr header_end = d->plt_got + ARCH_PLT_GOT_HEADER * sizeof(Elf_Addr);

	return writable_later(d, offset, sizeof(Elf_Addr)) &&
	       (offset >= header_end || offset + sizeof(Elf_Addr) <= d->plt_got);
}

bool ldso_plt_slot_place_ok(const struct dso *d, Elf_Addr offset)
{
	return slot_place_ok(d, offset);
}

/* [p_vaddr, p_vaddr + p_memsz) of segment i, empty if it wraps. */
static void segment_range(const struct dso *d, size_t i, Elf_Addr *start,
			  Elf_Addr *end)
{
	const Elf_Phdr *ph = &d->phdr[i];

	*start = *end = ph->p_vaddr;
	if (ph->p_memsz <= (Elf_Addr)-1 - ph->p_vaddr)
		*end = ph->p_vaddr + ph->p_memsz;
}

/* After a slot passed the whole test: the stretches it proved, in the
 * segments that held its place (data) and its value (code). */
static void note_ranges(const struct dso *d, struct slot_ranges *c,
			Elf_Addr offset, size_t data, size_t code)
{
	Elf_Addr start, end, header = d->plt_got;
	Elf_Addr header_end = header + ARCH_PLT_GOT_HEADER * sizeof(Elf_Addr);

	segment_range(d, data, &start, &end);
	if (d->relro) {
		Elf_Addr rs = ldso_page_down(d->relro->p_vaddr);
		Elf_Addr re = ldso_page_down(d->relro->p_vaddr + d->relro->p_memsz);
		if (offset < rs && rs < end)
			end = rs;
		else if (offset >= re && re > start)
			start = re;
	}
	if (offset < header && header < end)
		end = header;
	else if (offset >= header && header_end > start)
		start = header_end;
	c->place_lo = start;
	c->place_starts = end - start >= sizeof(Elf_Addr) ?
			  end - start - sizeof(Elf_Addr) + 1 : 0;
	segment_range(d, code, &start, &end);
	c->code_lo = start;
	c->code_len = end - start;
}

/*
 * May the JUMP_SLOT at offset wait for its first call?  Its link-time
 * value, read once the place is known good, must lead into this object's
 * code (its PLT), or the stub we would leave there is not one.
 *
 * Asked for every JUMP_SLOT of every object at start, so a table's slots
 * share what the first one proved (struct slot_ranges): the stretch of
 * its segment on its side of the RELRO pages and of the GOT header, in
 * which every aligned word passes slot_place_ok, and the code segment its
 * value led into.  A slot outside them gets the whole test, and its own
 * stretches replace them.
 *
 * This is the whole test, for a slot outside the stretches (ldso_lazy_slot
 * in ldso.h tries them inline).
 */
bool ldso_lazy_slot_proven(const struct dso *d, struct slot_ranges *c,
			   Elf_Addr offset)
{
	Elf_Addr value;
	size_t code;

	if (!slot_place_ok(d, offset))
		return false;
	value = *(const Elf_Addr *)(d->base + offset);
	code = find_load(d, value, 1, PF_X);
	if (code == d->phnum)
		return false;
	/* The place's segment again: a hint, now (slot_place_ok found it). */
	note_ranges(d, c, offset,
		    find_load(d, offset, sizeof(Elf_Addr), PF_R | PF_W), code);
	return true;
}
