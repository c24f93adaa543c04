/*
 * A process-wide symbol table: one hash table of every name the global
 * scope defines, each with its definitions in scope order.
 *
 * Why: walking the scope asks every object's hash table in turn, so a
 * program with N objects pays up to N probes per symbol (glibc and musl
 * spend most of their start-up there on large programs).  The table
 * answers with one probe, then tries the definitions of that name in
 * scope order with the same acceptance test as the walk (definition.c:
 * binding, visibility, version, canonical PLT), so the result is the
 * walk's, by construction.
 *
 * When: building costs one insertion per exported symbol, so it is built
 * only when the walk would cost more: symbolic relocations made at start
 * (not the JUMP_SLOTs lazy binding defers) times objects in scope well
 * above the number of symbols.  A dlopen with RTLD_GLOBAL
 * appends its objects' definitions (they come last in scope order);
 * anything that reorders or shrinks the global scope (dlclose of a global
 * object, promoting an object to RTLD_GLOBAL) drops the table, and
 * lookups walk again.
 *
 * Memory: at 100 objects of 4,000 symbols the table was most of the
 * loader's heap and of its page faults, so it holds nothing but a
 * three-byte slot per definition: 4 bits of the name's hash, and where
 * the symbol is, as a part (up to 4,096 symbols of one object) and an
 * index in it (symtable.h).  Four-byte slots, an object number and a
 * symbol index, took a third more: at 20 objects of 1,000 symbols, 32
 * pages, now 24, each a page fault (page faults at medium size 308 -> 301,
 * glibc's 301-308; bench/).  A probe compares the name itself only in
 * a slot whose hash bits match (a word at a time, the first word
 * usually differs): other names' slots cost no read of their tables.
 * The tables hash names their own way, a word at a time
 * (ldso_name_hash), not with the GNU hash, which takes a multiply per
 * byte: every name inserted and every name looked up is hashed once.  A
 * name defined in several objects takes a slot for each along its probe
 * sequence, where linear probing keeps them in insertion order, which
 * is scope order.  At most 80 % of the slots are used: about 4 bytes a
 * symbol (a table of 4 KiB or less, or of 1 MiB or more on a 64-bit CPU,
 * is sized half full: sized_half_full).  More than 255 parts in the
 * global scope, and there is no table.
 *
 * A dlopen group (the root and its dependencies, breadth-first: its
 * local scope, dlfcn.c) gets a table of its own under the same rule:
 * its lookups that the global scope does not answer probe it instead of
 * walking the list.  Such lookups try the global scope first, so the
 * global table is then built too if it was not.
 */
#include "ldso.h"
#include "symtable.h"

/* The symtable loader variant builds it always, so tests cover it. */
#ifdef LDSO_SYMTABLE_ALWAYS
#define FORCED true
#else
#define FORCED false
#endif

/*
 * The global table's header lives on the heap, allocated when a table
 * is first sized: at 2 KiB it was most of the loader's .bss, which then
 * ran onto a page of its own that every program touched (the locks lie
 * there) and few programs use the table.
 */
static struct ldso_symtable *global_table;
struct ldso_symtable *ldso_global_symtable;	/* global_table when built */

/* Symbols a lookup could ever accept; the hash tables' own domain. */
static size_t first_hashed(const struct dso *d)
{
	return d->gnu_hash ? d->gnu_hash[1] : 1;
}

static size_t hashed_count(const struct dso *d)
{
	return d->hashed_end > first_hashed(d) ?
	       d->hashed_end - first_hashed(d) : 0;
}

/* The parts d takes in a table (symtable.h). */
static size_t part_count(const struct dso *d)
{
	return (hashed_count(d) + PART_SYMBOLS - 1) / PART_SYMBOLS;
}

/*
 * What a slot of symbol i of d holds less i (shifted to the index bits),
 * but for the tag, when d's first part is number part - 1: part numbers
 * + 1 lie right above the index bits, so the first part's number,
 * shifted there, plus the index counted from d's first hashed symbol is
 * the right part's number and the index in it, whatever part i lies in.
 */
static uint32_t slot_base(uint32_t part, const struct dso *d)
{
	return (part << PART_SHIFT) - ((uint32_t)first_hashed(d) << INDEX_SHIFT);
}

/* Number d's parts from t's next on; slot_base for them. */
static uint32_t add_parts(struct ldso_symtable *t, struct dso *d)
{
	uint32_t first = (uint32_t)t->part_count + 1;

	for (size_t i = first_hashed(d); i < d->hashed_end; i += PART_SYMBOLS) {
		t->parts[t->part_count].object = d;
		t->parts[t->part_count++].syms = d->symtab + i;
	}
	return slot_base(first, d);
}

/* A slot's three bytes, the next slot's left alone: in the two-thread
 * build the other thread may be writing them. */
LDSO_HOT void slot_put(unsigned char *s, uint32_t value)
{
	s[0] = (unsigned char)value;
	s[1] = (unsigned char)(value >> 8);
	s[2] = (unsigned char)(value >> 16);
}

/* The same for a table only this thread writes: the word as read, its
 * three bytes (zero: the slot is empty) filled, in one store. */
LDSO_HOT void slot_fill(unsigned char *s, uint32_t word, uint32_t value)
{
	word |= value;
	__builtin_memcpy(s, &word, sizeof(word));
}

/* What the slot of d's symbol i takes (base: add_parts). */
LDSO_HOT uint32_t slot_value(uint32_t base, uint32_t h, size_t i)
{
	return (base + ((uint32_t)i << INDEX_SHIFT)) | hash_tag(h);
}

/*
 * The hash of symbol i's name when it is a candidate the table holds,
 * else false.
 */
LDSO_HOT bool insertable(const struct dso *d, size_t i, uint32_t *h)
{
	size_t off = d->symtab[i].st_name;
	const char *name;

	if (!ldso_symbol_candidate(d, i))
		return false;
	/* A whole name without a scan when the table's end is proven. */
	if (d->strtab_terminated && off < d->strsz)
		name = d->strtab + off;
	else if (!(name = ldso_dso_string(d, off)))
		return false;
	*h = dso_name_key(d, name).hash;
	return true;
}

/* After every slot taken from home on: after its name's earlier
 * definitions, so scope order is probe order.  For a spill of the
 * two-thread build (below); insert_slot keeps the loop of its own: built
 * on this, its value formed before the probe, it cost medium one
 * instruction a symbol more (x86-64, 8.23 M -> 8.25 M). */
LDSO_HOT void place_slot(struct ldso_symtable *t, size_t home, uint32_t value)
{
	unsigned char *s = slot_at(t, home);
	uint32_t word;

	for (; !slot_empty(word = slot_word(s)); s += SLOT_BYTES)
		;
	slot_fill(s, word, value);
}

/* The same for a name's first insertion, from its hash. */
LDSO_HOT void insert_slot(struct ldso_symtable *t, uint32_t base,
			  uint32_t h, size_t i)
{
	unsigned char *s = slot_at(t, first_slot(t, h));
	uint32_t word;

	for (; !slot_empty(word = slot_word(s)); s += SLOT_BYTES)
		;
	slot_fill(s, word, slot_value(base, h, i));
}

/*
 * A table larger than the CPU's caches (INSERT_RUN_SLOTS): each
 * insertion's first slot is a cache miss, and they followed each other
 * (at 100 objects of 4,000 symbols, 14 % of start-up's time waited on
 * them).  So a run of names is hashed and their first slots asked for
 * (arch_prefetch) before the run is inserted, in the same order: 4 %
 * less time there.  The symtable build inserts every table in runs, so
 * that the whole suite goes through them.
 */
#define INSERT_RUN 16
#define INSERT_RUN_SLOTS (1u << 18)

static void insert_runs(struct ldso_symtable *t, struct dso *d,
			uint32_t base)
{
	uint32_t hash[INSERT_RUN], index[INSERT_RUN];

	for (size_t i = first_hashed(d); i < d->hashed_end;) {
		size_t n = 0;
		for (; i < d->hashed_end && n < INSERT_RUN; i++) {
			if (!insertable(d, i, &hash[n]))
				continue;
			arch_prefetch(slot_at(t, first_slot(t, hash[n])),
				      ldso.aux[AT_HWCAP]);
			index[n++] = (uint32_t)i;
		}
		for (size_t j = 0; j < n; j++)
			insert_slot(t, base, hash[j], index[j]);
		t->slot_used += n;
	}
}

static void insert_object(struct ldso_symtable *t, struct dso *d)
{
	uint32_t base = add_parts(t, d), h;
	size_t used = 0;

	if (FORCED || t->slot_count >= INSERT_RUN_SLOTS) {
		insert_runs(t, d, base);
		return;
	}
	for (size_t i = first_hashed(d); i < d->hashed_end; i++)
		if (insertable(d, i, &h)) {
			insert_slot(t, base, h, i);
			used++;
		}
	t->slot_used += used;
}

/* JUMP_SLOTs bound lazily are looked up at their first call, if ever. */
static size_t relocation_count(const struct dso *d)
{
	size_t size = d->relsz;

	if (!ldso_lazy_possible(d, false))
		size += d->jmprelsz;
	return size / sizeof(Elf_Reloc);
}

static void free_table(void)
{
	ldso_global_symtable = 0;
	ldso_symtable_free(global_table);
	global_table = 0;
}

/* Room for `more` symbols with at most 80 % of the slots used? */
static bool fits(const struct ldso_symtable *t, size_t more)
{
	return t->slot_used + more <= t->slot_count - t->slot_count / 5;
}

/* Do a table's size slots come in huge pages?  ldso_alloc_filled maps
 * those of 1 MiB or more (size_table gives it the slots and a page) as
 * whole 2 MiB pages; slot counts are powers of two, so the next size
 * down is 768 KiB. */
static bool in_huge_pages(size_t size)
{
	return size * SLOT_BYTES >= ((size_t)1 << 20);
}

/*
 * Is a table of size slots sized at most half full, not 80 %?  One of a
 * page or less: it costs no page more, and a probe that fails ends
 * sooner (a dlopen group's lookups all ask the global table first, which
 * has few names).  One of 1 MiB or more: on a 64-bit CPU its slots come
 * in huge pages (ldso_alloc_filled), so the next size costs a page fault
 * more; at 100 objects of 4,000 symbols (76 % full at 1.5 MiB) it saved
 * 6 % of start-up's instructions and 9 % of its time, in shorter probes
 * that meet fewer other names (i386: 5 % of the instructions).  The
 * global table of that size goes after start-up (ldso_symtable_after_start),
 * before the program touches most of its pages: the process's peak RSS
 * comes later, and a 3 MiB table left i386's there at 59.7 MB, as the
 * 1.5 MiB one did.  (A dlopen group's table stays while its group does:
 * for 262,000 to 419,000 symbols a 32-bit process now holds 3 MiB of
 * slots there instead of 1.5.)  Appends may fill either to 80 % (fits).
 */
static bool sized_half_full(size_t size)
{
	return size * SLOT_BYTES < 4096 || in_huge_pages(size);
}

/* The bytes of a table of `size` slots and a tail of `tail`. */
static size_t table_bytes(size_t size, size_t tail)
{
	return (size + tail) * SLOT_BYTES + 1;
}

/* Slots for `symbols` (sized_half_full says how full), every page
 * written once. */
static void size_table(struct ldso_symtable *t, size_t symbols)
{
	size_t size = 16;

	t->slot_shift = 32 - 4;
	while (size - size / 5 < symbols + 1 ||
	       (sized_half_full(size) && size / 2 < symbols + 1)) {
		size *= 2;
		t->slot_shift--;
	}
	/* The tail (symtable.h), and a byte for the last slot's read. */
	t->tail_count = size - size / 5;
	t->slots = ldso_alloc_filled(table_bytes(size, t->tail_count),
				     size * SLOT_BYTES + ldso.page_size);
	/*
	 * Write every page before a probe reads it: a fresh anonymous page
	 * read first maps the shared zero page, and the insertion that then
	 * writes it faults a second time (at 10,000 symbols, 16 faults of
	 * the table's 32).  From the first slot, then each page start: a
	 * small table is a block of the arena, which need not start a page.
	 * A table of more than 64 KiB comes populated, and one of 2 MiB or
	 * more in huge pages when the kernel has them (ldso_alloc_filled):
	 * then these writes take no fault.
	 */
	for (uintptr_t a = (uintptr_t)t->slots;
	     a < (uintptr_t)(t->slots + size * SLOT_BYTES);
	     a = (a | (ldso.page_size - 1)) + 1)
		*(volatile unsigned char *)a = 0;
	t->slot_count = size;
}

/* A table with room for `parts` parts, no slots yet (size_table). */
static struct ldso_symtable *new_table(size_t parts)
{
	struct ldso_symtable *t;

	t = ldso_alloc(sizeof(*t) + parts * sizeof(t->parts[0]));  /* zeroed */
	t->part_room = parts;
	return t;
}

/*
 * Parts the global table has room for beyond its own: a dlopen with
 * RTLD_GLOBAL appends an object's parts (ldso_symtable_append), and
 * more than this grows the room.  The symtable build leaves room for one,
 * so that a test's second append grows it.
 */
#define APPEND_PARTS (FORCED ? 1 : 16)

static size_t global_room(size_t parts)
{
	return parts + APPEND_PARTS < MAX_PARTS ? parts + APPEND_PARTS
						: MAX_PARTS;
}

/* A new global table, empty, sized for `symbols` in `parts` parts. */
static struct ldso_symtable *new_global(size_t symbols, size_t parts)
{
	global_table = new_table(global_room(parts));
	size_table(global_table, symbols);
	return global_table;
}

/* Does a table pay?  The walk costs about relocations x objects / 2
 * probes; the table one insertion per symbol and one probe per lookup. */
static bool pays(size_t count, size_t symbols, size_t relocations)
{
	if (symbols > (1u << 30))
		return false;
	return FORCED || (count >= 8 && relocations * count / 2 >= 8 * symbols);
}

/*
 * Build it if it pays: the walk costs about relocations x objects / 2
 * probes; the table one insertion per symbol and one probe per lookup.
 * Sized for the symbols there are; a dlopen that would need more drops
 * it instead (ldso_symtable_append).
 */
/* The global scope's symbols, when a table of them pays (or always,
 * if it can be built at all). */
static bool global_pays(bool always, size_t *symbols, size_t *parts)
{
	size_t count = 0, relocations = 0;

	*symbols = *parts = 0;
	for (struct dso *d = ldso.head; d; d = d->next) {
		if (!d->global)
			continue;
		count++;
		*parts += part_count(d);
		*symbols += hashed_count(d);
		relocations += relocation_count(d);
	}
	if (*parts > MAX_PARTS)
		return false;
	return always ? *symbols <= (1u << 30)
		      : pays(count, *symbols, relocations);
}

static void build_global(bool always)
{
	struct ldso_symtable *t;
	size_t symbols, parts;

	if (!global_pays(always, &symbols, &parts))
		return;
	t = new_global(symbols, parts);
	for (struct dso *d = ldso.head; d; d = d->next)
		if (d->global)
			insert_object(t, d);
	ldso_global_symtable = t;
	if (ldso_debug & DEBUG_STATISTICS)
		ldso_trace("statistics: symbol table of %zu symbols from %zu parts",
			   symbols, t->part_count);
}

void ldso_symtable_build(void)
{
	build_global(false);
}

/*
 * At start-up, with stage 6's worker (reloc.c starts it before the
 * table is built), the global table is built on both threads: at 100
 * objects of 4,000 symbols, building it alone took a sixth of
 * start-up's time.  Two phases:
 *
 * 1. Each thread reads the names of half the symbols, in scope order
 *    (the main thread the first objects', the worker the rest), and
 *    notes for each insertable one its first slot and what its slot
 *    takes (struct pending), those whose first slot lies in the table's
 *    low half from the start of its part of `entries` up, the others
 *    from the end down.
 * 2. The main thread inserts every name of the low half, the worker
 *    every name of the high half, each in scope order (the main
 *    thread's share's, then the worker's).  A thread writes and reads
 *    only slots of its half: a probe that would run past its half's
 *    end stops, and the name is kept for the end (a spill).  Then the
 *    main thread inserts the spilled names, low half's first, each
 *    half's in scope order, probing the whole table as insert_slot does.
 *
 * The result is a table insert_object could have built: a name's
 * definitions share their first slot, so one thread inserts them all,
 * in scope order; once one of them spills every later one does (the
 * probe met the same full slots), and the spilled ones come after the
 * others along the probe sequence.  Only the slots taken differ from
 * the serial build's, which no lookup can tell.
 */
struct pending {
	uint32_t home;		/* the name's first slot */
	uint32_t slot;		/* what its slot takes: object, tag, index */
};

/* One thread's phase 1: objects first up to end (0: the list's end). */
struct share {
	struct dso *first, *end;
	uint32_t first_part;		/* first's first part number + 1 */
	struct pending *base, *top;	/* its part of entries */
	struct pending *low_end, *high_start;	/* as phase 1 left them */
	size_t spills[2];		/* per half, kept at base up, top down */
};

static struct {
	bool on;
	struct pending *entries;
	size_t count;
	struct share share[2];
	int hashed[2], inserted, ready;	/* ldso_flag_set/wait */
} split;

/* Phase 1 for one object: its names noted from low up and high down;
 * the pointers are kept in registers, not in the share. */
static void hash_object(const struct ldso_symtable *t, struct dso *d,
			uint32_t base, struct share *s)
{
	uint32_t mid = (uint32_t)(t->slot_count / 2), h;
	struct pending *low = s->low_end, *high = s->high_start;
	/* insertable's steps, with what they read of d held apart from it:
	 * the stores to the entries could be to d for the compiler, which
	 * read d's fields again for every symbol (i386: 1.8 M instructions
	 * at 100 objects of 4,000 symbols).  A name outside a terminated
	 * string table takes insertable's own way. */
	const Elf_Sym *syms = d->symtab;
	const char *strtab = d->strtab;
	size_t strsz = d->strtab_terminated ? d->strsz : 0, end = d->hashed_end;
	bool padded = d->strtab_padded, is_main = d->is_main;

	for (size_t i = first_hashed(d); i < end; i++) {
		struct pending e;
		if (!symbol_candidate(&syms[i], is_main))
			continue;
		if (syms[i].st_name < strsz)
			h = table_name_key(strtab + syms[i].st_name, padded).hash;
		else if (!insertable(d, i, &h))
			continue;
		e.home = (uint32_t)first_slot(t, h);
		e.slot = slot_value(base, h, i);
		if (e.home < mid)
			*low++ = e;
		else
			*--high = e;
	}
	s->low_end = low;
	s->high_start = high;
}

static void hash_share(const struct ldso_symtable *t, struct share *s)
{
	uint32_t part = s->first_part;

	s->low_end = s->base;
	s->high_start = s->top;
	for (struct dso *d = s->first; d != s->end; d = d->next)
		if (d->global) {
			hash_object(t, d, slot_base(part, d), s);
			part += (uint32_t)part_count(d);
		}
}

/*
 * Phase 2 for n entries from e on, step 1 (low half) or -1 (high half,
 * whose entries were noted from the top down): each into the first free
 * slot from its home before end, or kept where the entries began, in
 * order, for ldso_symtable_main_part.  How many were kept.
 */
static size_t insert_half(struct ldso_symtable *t, struct pending *e,
			  size_t n, ptrdiff_t step, size_t end)
{
	struct pending *start = e, *kept = e;

	/* The slots' start held apart from t: the stores through s could
	 * change t->slots, as the compiler sees it, which it then read again
	 * for every entry.  No slot is asked for ahead: on the README's bench
	 * machine that saved no measurable time at large, for 2 M
	 * instructions (i386: 4 M, its prefetch tests AT_HWCAP each time). */
	unsigned char *slots = t->slots, *limit = slots + end * SLOT_BYTES;

	for (size_t j = 0; j < n; j++, e += step) {
		unsigned char *s;
		/* The part byte alone (0: empty), not the slot's word: at the
		 * half's end that word's fourth byte is the other half's, which
		 * the other thread may be writing. */
		for (s = slots + e->home * SLOT_BYTES; s < limit && s[2];
		     s += SLOT_BYTES)
			;
		if (s < limit) {
			slot_put(s, e->slot);
		} else {
			*kept = *e;
			kept += step;
		}
	}
	return (size_t)((kept - start) * step);
}

/* Phase 2 for one half of the table, both shares' names in scope order. */
static void insert_side(struct ldso_symtable *t, int half)
{
	for (int i = 0; i < 2; i++) {
		struct share *s = &split.share[i];
		if (half == 0)
			s->spills[0] = insert_half(t, s->base,
						   (size_t)(s->low_end - s->base),
						   1, t->slot_count / 2);
		else
			s->spills[1] = insert_half(t, s->top - 1,
						   (size_t)(s->top - s->high_start),
						   -1, t->slot_count + t->tail_count);
	}
}

/* The spilled names, each half's in scope order, over the whole table. */
static void insert_spills(struct ldso_symtable *t)
{
	const struct pending *e;

	for (int i = 0; i < 2; i++)
		for (size_t j = 0; j < split.share[i].spills[0]; j++) {
			e = split.share[i].base + j;
			place_slot(t, e->home, e->slot);
		}
	for (int i = 0; i < 2; i++)
		for (size_t j = 0; j < split.share[i].spills[1]; j++) {
			e = split.share[i].top - 1 - j;
			place_slot(t, e->home, e->slot);
		}
}

/* The names a share noted, both halves'. */
static size_t share_count(const struct share *s)
{
	return (size_t)(s->low_end - s->base) + (size_t)(s->top - s->high_start);
}

/*
 * Before the worker starts (the heap is the main thread's): whether the
 * global table pays, as build_global decides, and if so the table and
 * the entries allocated, the objects numbered and shared out (the first
 * objects up to half the symbols to the main thread).
 */
void ldso_symtable_split(void)
{
	size_t symbols, parts, before = 0;
	struct share *s = split.share;
	struct ldso_symtable *t;

	split.on = false;
	if (!global_pays(false, &symbols, &parts))
		return;
	if (!symbols) {
		build_global(false);
		return;
	}
	t = new_global(symbols, parts);
	split.entries = ldso_alloc_filled(symbols * sizeof(*split.entries),
					  symbols * sizeof(*split.entries));
	split.count = symbols;
	s[0] = (struct share){ .first = ldso.head, .first_part = 1,
			       .base = split.entries };
	s[1] = (struct share){ .top = split.entries + symbols };
	for (struct dso *d = ldso.head; d; d = d->next) {
		if (!d->global)
			continue;
		/* The symtable build: the first object alone, so that every
		 * test with two objects has both threads read names. */
		if (!s[1].first && before &&
		    (FORCED || before * 2 >= symbols)) {
			s[1].first = d;
			s[1].first_part = (uint32_t)t->part_count + 1;
		}
		add_parts(t, d);
		if (!s[1].first)
			before += hashed_count(d);
	}
	s[0].end = s[1].first;		/* 0: the worker reads no names */
	s[0].top = s[1].base = split.entries + before;
	split.hashed[0] = split.hashed[1] = split.inserted = split.ready = 0;
	split.on = true;
}

/*
 * The main thread's part, with the worker (ldso_symtable_worker_part)
 * or without one (it could not start): then it does both.  The table is
 * complete when it returns.
 */
void ldso_symtable_main_part(bool worker)
{
	struct ldso_symtable *t = global_table;

	if (!split.on)
		return;
	hash_share(t, &split.share[0]);
	if (worker) {
		ldso_flag_set(&split.hashed[0]);
		ldso_flag_wait(&split.hashed[1]);
	} else {
		hash_share(t, &split.share[1]);
	}
	insert_side(t, 0);
	if (worker)
		ldso_flag_wait(&split.inserted);
	else
		insert_side(t, 1);
	insert_spills(t);
	t->slot_used = share_count(&split.share[0]) + share_count(&split.share[1]);
	ldso_global_symtable = t;
	if (worker)
		ldso_flag_set(&split.ready);
	ldso_free_filled(split.entries, split.count * sizeof(*split.entries));
	split.on = false;
}

/* The worker's part: its share's names, then the high half's slots;
 * it returns when the main thread has completed the table. */
void ldso_symtable_worker_part(void)
{
	struct ldso_symtable *t = global_table;

	if (!split.on)
		return;
	hash_share(t, &split.share[1]);
	ldso_flag_set(&split.hashed[1]);
	ldso_flag_wait(&split.hashed[0]);
	insert_side(t, 1);
	ldso_flag_set(&split.inserted);
	ldso_flag_wait(&split.ready);
}

/*
 * dlopen with RTLD_GLOBAL: new objects come last in scope order.  When
 * they do not fit the table as sized, it goes: lookups walk instead.
 */
/*
 * Room for `parts` parts in the global table: a copy of its header with
 * more.  Under the loader lock, which every lookup holds: none is
 * reading the old one.
 */
static void grow_parts(size_t parts)
{
	struct ldso_symtable *t = new_table(global_room(parts));

	memcpy(t, global_table, sizeof(*t) +
	       global_table->part_count * sizeof(t->parts[0]));
	t->part_room = global_room(parts);
	ldso_free(global_table);
	global_table = ldso_global_symtable = t;
}

void ldso_symtable_append(struct dso *d)
{
	size_t parts;

	if (!ldso_global_symtable)
		return;
	parts = global_table->part_count + part_count(d);
	if (parts > MAX_PARTS || !fits(global_table, hashed_count(d))) {
		free_table();
		if (ldso_debug & DEBUG_STATISTICS)
			ldso_trace("statistics: symbol table dropped: %s does not fit",
				   d->path);
		return;
	}
	if (parts > global_table->part_room)
		grow_parts(parts);
	insert_object(global_table, d);
}

/* The global scope shrank or changed order: back to walking. */
void ldso_symtable_drop(void)
{
	if (ldso_global_symtable)
		free_table();
}

/*
 * Start-up is over (constructors included): the table has answered
 * every lookup it was built for.  What follows (the first calls of PLT
 * slots that wait, dlsym, a dlopen) walks, as glibc's and musl's lookups
 * do, and a dlopen group that pays builds it again
 * (ldso_symtable_for_list).  Its memory goes back to the kernel before
 * the program's own pages come in: 2 MiB of the peak RSS at 100 objects
 * of 4,000 symbols, 96 KiB at 20 of 500 functions.  It stayed once for
 * the first calls while PLT slots waited: the medium workload makes 58
 * of them, for which an i386 process's peak RSS was then 116 KiB above
 * glibc's (3,424 against 3,308 kB); at 100 objects of 4,000 symbols, a
 * few hundred, which walk for 0.3 % more instructions in all (x86-64).
 * The symtable build keeps its table, so that the whole suite's lookups
 * go through it.
 */
void ldso_symtable_after_start(void)
{
	if (FORCED || !ldso_global_symtable)
		return;
	free_table();
	if (ldso_debug & DEBUG_STATISTICS)
		ldso_trace("statistics: symbol table dropped: start-up is over");
}

/*
 * A dlopen group's table: the objects of its local scope (the root and
 * its dependencies breadth-first, dlfcn.c), in that order, when it pays
 * as the global one does.  0 when it does not: lookups walk the list.
 */
void ldso_symtable_for_list(struct ldso_symtable **out, struct dso **list,
			    size_t count)
{
	size_t symbols = 0, relocations = 0, parts = 0;
	struct ldso_symtable *t;

	for (size_t i = 0; i < count; i++) {
		parts += part_count(list[i]);
		symbols += hashed_count(list[i]);
		relocations += relocation_count(list[i]);
	}
	if (parts > MAX_PARTS || !pays(count, symbols, relocations))
		return;
	/*
	 * The group's lookups try the global scope first: without its table
	 * each would walk the whole load order (every group's objects
	 * included) before probing this one, so it is built now too,
	 * whatever the global scope alone would pay.
	 */
	if (!ldso_global_symtable)
		build_global(true);
	*out = t = new_table(parts);
	size_table(t, symbols);
	for (size_t i = 0; i < count; i++)
		insert_object(t, list[i]);
}

void ldso_symtable_free(struct ldso_symtable *t)
{
	if (!t)
		return;
	ldso_free_filled(t->slots, table_bytes(t->slot_count, t->tail_count));
	ldso_free(t);
}
