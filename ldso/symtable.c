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
 */
#include "ldso.h"

struct definition {
	struct dso *dso;
	uint32_t index;
	struct definition *next;	/* the next one in scope order */
};

struct name_slot {
	uint32_t hash;
	uint32_t len;			/* of the name: compared before its bytes */
	struct definition *first, *last;
};

/* The symtable loader variant builds it always, so tests cover it. */
#ifdef LDSO_SYMTABLE_ALWAYS
#define FORCED true
#else
#define FORCED false
#endif

static struct name_slot *slots;
static size_t slot_mask;
static unsigned slot_shift;		/* 32 - log2(number of slots) */
static bool table_ready;

static const char *name_of(const struct definition *def)
{
	return def->dso->strtab + def->dso->symtab[def->index].st_name;
}

/*
 * The slot for name (len bytes): its own, or the empty one where it would
 * go.  Hash and length match before any byte is compared; both names lie
 * whole in their string tables, so len bytes of each may be read.
 */
static struct name_slot *find_slot(const char *name, size_t len, uint32_t h)
{
	/* Names that differ in their last letter have GNU hashes that differ
	 * in the low bits only: spread them (Fibonacci hashing), or linear
	 * probing walks long runs of neighbours. */
	for (size_t i = (uint32_t)(h * 2654435769u) >> slot_shift;;
	     i = (i + 1) & slot_mask) {
		struct name_slot *s = &slots[i];
		if (!s->first || (s->hash == h && s->len == len &&
				  ldso_mem_equal(name_of(s->first), name, len)))
			return s;
	}
}

/* Symbols a lookup could ever accept; the hash tables' own domain. */
static size_t first_hashed(const struct dso *d)
{
	return d->gnu_hash ? d->gnu_hash[1] : 1;
}

static void insert_object(struct dso *d)
{
	size_t first = first_hashed(d);
	struct definition *defs;

	if (first >= d->nsyms)
		return;
	/* One allocation per object, not one per symbol. */
	defs = ldso_alloc((d->nsyms - first) * sizeof(*defs));
	for (size_t i = first; i < d->nsyms; i++) {
		const char *name = ldso_dso_string(d, d->symtab[i].st_name);
		struct definition *def = &defs[i - first];
		struct name_slot *s;
		size_t len;
		uint32_t h;
		if (!name || !ldso_symbol_candidate(d, i))
			continue;
		h = ldso_gnu_hash_len(name, &len);
		if (len > UINT32_MAX)
			continue;	/* no lookup could name it */
		s = find_slot(name, len, h);
		def->dso = d;
		def->index = (uint32_t)i;
		if (s->first)
			s->last->next = def;
		else
			s->first = def, s->hash = h, s->len = (uint32_t)len;
		s->last = def;
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

/*
 * Build it if it pays: the walk costs about relocations x objects / 2
 * probes; the table one insertion per symbol and one probe per lookup.
 */
void ldso_symtable_build(void)
{
	size_t objects = 0, symbols = 0, relocations = 0, size = 16;

	for (struct dso *d = ldso.head; d; d = d->next) {
		if (!d->global)
			continue;
		objects++;
		if (d->nsyms > first_hashed(d))
			symbols += d->nsyms - first_hashed(d);
		relocations += relocation_count(d);
	}
	if (!FORCED && (objects < 8 || relocations * objects / 2 < 8 * symbols))
		return;
	slot_shift = 32 - 4;
	while (size < 2 * symbols) {
		size *= 2;
		slot_shift--;
	}
	slots = ldso_alloc(size * sizeof(*slots));
	slot_mask = size - 1;
	for (struct dso *d = ldso.head; d; d = d->next)
		if (d->global)
			insert_object(d);
	table_ready = true;
	if (ldso_debug & DEBUG_STATISTICS)
		ldso_trace("statistics: symbol table of %zu symbols from %zu objects",
			   symbols, objects);
}

/* dlopen with RTLD_GLOBAL: new objects come last in scope order. */
void ldso_symtable_append(struct dso *d)
{
	if (table_ready)
		insert_object(d);
}

/* The global scope shrank or changed order: back to walking. */
void ldso_symtable_drop(void)
{
	table_ready = false;
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
	struct name_slot *s;

	*answered = table_ready;
	if (!table_ready)
		return ref;
	if (len > UINT32_MAX)
		return ref;	/* longer than any name in the table */
	s = find_slot(name, len, h);
	for (struct definition *def = s->first; def; def = def->next) {
		if ((flags & LOOKUP_SKIP_MAIN) && def->dso->is_main)
			continue;
		if (ldso_symbol_accepts(def->dso, def->index, version, flags)) {
			ref.sym = &def->dso->symtab[def->index];
			ref.dso = def->dso;
			break;
		}
	}
	return ref;
}
