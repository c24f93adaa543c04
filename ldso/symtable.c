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
static bool table_ready;

static const char *name_of(const struct definition *def)
{
	return def->dso->strtab + def->dso->symtab[def->index].st_name;
}

/* The slot for name: its own, or the empty one where it would go. */
static struct name_slot *find_slot(const char *name, uint32_t h)
{
	for (size_t i = h & slot_mask;; i = (i + 1) & slot_mask) {
		struct name_slot *s = &slots[i];
		if (!s->first || (s->hash == h && !ldso_strcmp(name_of(s->first), name)))
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
	for (size_t i = first_hashed(d); i < d->nsyms; i++) {
		const char *name = ldso_dso_string(d, d->symtab[i].st_name);
		struct definition *def;
		struct name_slot *s;
		uint32_t h;
		if (!name || !ldso_symbol_candidate(d, i))
			continue;
		h = ldso_gnu_hash(name);
		s = find_slot(name, h);
		def = ldso_alloc(sizeof(*def));
		def->dso = d;
		def->index = (uint32_t)i;
		if (s->first)
			s->last->next = def;
		else
			s->first = def, s->hash = h;
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
		symbols += d->nsyms;
		relocations += relocation_count(d);
	}
	if (!FORCED && (objects < 8 || relocations * objects / 2 < 8 * symbols))
		return;
	while (size < 2 * symbols)
		size *= 2;
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
struct symbol_ref ldso_symtable_lookup(const char *name, const char *version,
				       uint32_t h, int flags, bool *answered)
{
	struct symbol_ref ref = { 0, 0 };
	struct name_slot *s;

	*answered = table_ready;
	if (!table_ready)
		return ref;
	s = find_slot(name, h);
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
