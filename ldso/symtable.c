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
 * Memory: at 100 objects of 4,000 symbols the table is most of the
 * loader's heap, so it is compact: a slot is a 4-byte entry number; an
 * entry (16 bytes) holds a name's hash, length and first definition
 * inline; only a name defined more than once takes further 12-byte
 * definitions.  About 21 bytes per symbol in all.
 */
#include "ldso.h"

#define LONG_NAME 0xffff	/* entry.len of a name this long or longer */
#define MAX_OBJECTS 0xffff	/* more and the table is not built */

/* A definition: symbol index of objects[object]; next, 1-based, or 0. */
struct definition {
	uint32_t index;
	uint32_t object;
	uint32_t next;
};

struct name_entry {
	uint32_t hash;
	uint32_t index;			/* the first definition in scope order */
	uint16_t object;
	uint16_t len;			/* compared before the name's bytes */
	uint32_t more;			/* the next definitions (defs), 1-based */
};

/* The symtable loader variant builds it always, so tests cover it. */
#ifdef LDSO_SYMTABLE_ALWAYS
#define FORCED true
#else
#define FORCED false
#endif

static uint32_t *slots;			/* entry number + 1, 0 when empty */
static size_t slot_count, slot_mask;
static unsigned slot_shift;		/* 32 - log2(slot_count) */
static struct name_entry *entries;
static size_t entry_count, entry_cap;
static struct definition *defs;
static size_t def_count, def_cap;
static struct dso **objects;
static size_t object_count, object_cap;
static bool table_ready;

static const char *symbol_name(uint32_t object, uint32_t index)
{
	const struct dso *d = objects[object];

	return d->strtab + d->symtab[index].st_name;
}

/*
 * Both names lie whole in their string tables (the table holds only
 * names ldso_dso_string accepted), so with equal lengths len bytes of
 * each may be read.
 */
static bool same_name(const struct name_entry *e, const char *name, size_t len)
{
	const char *have = symbol_name(e->object, e->index);

	if (len >= LONG_NAME)
		return e->len == LONG_NAME && !ldso_strcmp(have, name);
	return e->len == len && ldso_mem_equal(have, name, len);
}

/*
 * The entry for name (len bytes), or 0 and in *empty the slot where it
 * would go.  Names that differ in their last letter have GNU hashes that
 * differ in the low bits only: the index spreads them (Fibonacci
 * hashing), or linear probing walks long runs of neighbours.
 */
static struct name_entry *find_entry(const char *name, size_t len, uint32_t h,
				     uint32_t **empty)
{
	for (size_t i = (uint32_t)(h * 2654435769u) >> slot_shift;;
	     i = (i + 1) & slot_mask) {
		struct name_entry *e;
		if (!slots[i]) {
			*empty = &slots[i];
			return 0;
		}
		e = &entries[slots[i] - 1];
		if (e->hash == h && same_name(e, name, len))
			return e;
	}
}

/* Symbols a lookup could ever accept; the hash tables' own domain. */
static size_t first_hashed(const struct dso *d)
{
	return d->gnu_hash ? d->gnu_hash[1] : 1;
}

static size_t hashed_count(const struct dso *d)
{
	return d->nsyms > first_hashed(d) ? d->nsyms - first_hashed(d) : 0;
}

/* A second definition of a name: last in its chain (scope order). */
static void add_definition(struct name_entry *e, uint32_t object, uint32_t index)
{
	uint32_t *link = &e->more;

	while (*link)
		link = &defs[*link - 1].next;
	if (def_count == def_cap) {
		size_t cap = def_cap ? 2 * def_cap : 64;
		struct definition *n = ldso_alloc(cap * sizeof(*n));
		if (def_count)
			memcpy(n, defs, def_count * sizeof(*n));
		ldso_free(defs);
		defs = n;
		def_cap = cap;
	}
	defs[def_count] = (struct definition){ index, object, 0 };
	*link = (uint32_t)++def_count;
}

static void insert_object(struct dso *d)
{
	uint32_t object = (uint32_t)object_count;

	objects[object_count++] = d;
	for (size_t i = first_hashed(d); i < d->nsyms; i++) {
		const char *name = ldso_dso_string(d, d->symtab[i].st_name);
		struct name_entry *e;
		uint32_t *empty;
		size_t len;
		uint32_t h;
		if (!name || !ldso_symbol_candidate(d, i))
			continue;
		h = ldso_gnu_hash_len(name, &len);
		if ((e = find_entry(name, len, h, &empty))) {
			add_definition(e, object, (uint32_t)i);
			continue;
		}
		e = &entries[entry_count++];
		*e = (struct name_entry){ h, (uint32_t)i, (uint16_t)object,
					  (uint16_t)(len < LONG_NAME ? len : LONG_NAME), 0 };
		*empty = (uint32_t)entry_count;
	}
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
	table_ready = false;
	ldso_free(slots);
	ldso_free(entries);
	ldso_free(defs);
	ldso_free(objects);
	slots = 0, entries = 0, defs = 0, objects = 0;
	entry_count = entry_cap = def_count = def_cap = 0;
	object_count = object_cap = 0;
}

/*
 * Build it if it pays: the walk costs about relocations x objects / 2
 * probes; the table one insertion per symbol and one probe per lookup.
 * Sized for the symbols there are, at most 80 % of the slots used; a
 * dlopen that would need more drops it instead (ldso_symtable_append).
 */
void ldso_symtable_build(void)
{
	size_t count = 0, symbols = 0, relocations = 0, size = 16;

	for (struct dso *d = ldso.head; d; d = d->next) {
		if (!d->global)
			continue;
		count++;
		symbols += hashed_count(d);
		relocations += relocation_count(d);
	}
	if (count > MAX_OBJECTS || symbols > (1u << 30))
		return;
	if (!FORCED && (count < 8 || relocations * count / 2 < 8 * symbols))
		return;
	slot_shift = 32 - 4;
	while (size < symbols + symbols / 4 + 1) {
		size *= 2;
		slot_shift--;
	}
	slots = ldso_alloc(size * sizeof(*slots));
	slot_count = size;
	slot_mask = size - 1;
	entry_cap = symbols ? symbols : 1;
	entries = ldso_alloc(entry_cap * sizeof(*entries));
	object_cap = count + 16;	/* room for a few RTLD_GLOBAL dlopens */
	objects = ldso_alloc(object_cap * sizeof(*objects));
	for (struct dso *d = ldso.head; d; d = d->next)
		if (d->global)
			insert_object(d);
	table_ready = true;
	if (ldso_debug & DEBUG_STATISTICS)
		ldso_trace("statistics: symbol table of %zu symbols from %zu objects",
			   symbols, count);
}

/*
 * dlopen with RTLD_GLOBAL: new objects come last in scope order.  When
 * they do not fit the table as sized, it goes: lookups walk instead.
 */
void ldso_symtable_append(struct dso *d)
{
	size_t more = hashed_count(d), used;

	if (!table_ready)
		return;
	used = entry_count + more;
	if (object_count == object_cap || used > entry_cap ||
	    used > slot_count - slot_count / 5) {
		free_table();
		return;
	}
	insert_object(d);
}

/* The global scope shrank or changed order: back to walking. */
void ldso_symtable_drop(void)
{
	if (table_ready)
		free_table();
}

/* Inline: a call of its own would pay a canary check per lookup. */
static inline __attribute__((always_inline))
bool accepted(uint32_t object, uint32_t index, const char *version,
		     int flags, struct symbol_ref *ref)
{
	struct dso *d = objects[object];

	if ((flags & LOOKUP_SKIP_MAIN) && d->is_main)
		return false;
	if (!ldso_symbol_accepts(d, index, version, flags))
		return false;
	ref->sym = &d->symtab[index];
	ref->dso = d;
	return true;
}

/*
 * The table's answer for the global scope; sets *answered to false when
 * there is no table (the caller walks instead).
 */
struct symbol_ref ldso_symtable_lookup(const char *name, size_t len,
				       const char *version, uint32_t h,
				       int flags, bool *answered)
{
	struct symbol_ref ref = { 0, 0 };
	struct name_entry *e;
	uint32_t *empty;

	*answered = table_ready;
	if (!table_ready || !(e = find_entry(name, len, h, &empty)))
		return ref;
	if (accepted(e->object, e->index, version, flags, &ref))
		return ref;
	for (uint32_t k = e->more; k; k = defs[k - 1].next)
		if (accepted(defs[k - 1].object, defs[k - 1].index, version,
			     flags, &ref))
			return ref;
	return ref;
}
