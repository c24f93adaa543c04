/*
 * Relocation.  Objects are relocated dependencies first (reverse load
 * order, the executable last), so a COPY relocation copies data that is
 * already relocated and an IFUNC resolver runs in an object that is.
 * Within an object, IRELATIVE relocations wait for a second pass, after
 * everything else in that object.  Every relocation is checked: its type
 * known, its symbol index below the symbol count, its place inside a
 * writable segment of the same object.  Undefined symbols are all
 * reported, then the loader fails once.
 *
 * JUMP_SLOTs of an object bound lazily are only moved by the load bias
 * here, so that they still lead to the PLT's lazy stub; lazy.c binds each
 * at its first call with the same ldso_bind_symbol as below.
 */
#include "ldso.h"
#include "bind.h"

/*
 * LD_DEBUG=statistics counts by relocation type.  Type numbers are not
 * small on every CPU (aarch64's start at 1024), so the counts are a short
 * table of the types met, kept sorted by number; an object relocated
 * meets at most the types its arch knows (arch_reloc_kind: 16 at most).
 */
#define TYPE_COUNTS 32

struct type_count {
	uint32_t type;
	unsigned n;
};

struct reloc_pass {
	struct dso *d;
	struct type_count counts[TYPE_COUNTS];	/* LD_DEBUG=statistics */
	unsigned ntypes;
	unsigned relr_count;
	bool irelative;			/* this pass applies only IRELATIVE */
	bool irelative_seen;		/* the first pass met some */
	bool lazy;			/* JUMP_SLOTs may wait (lazy.c) */
	size_t deferred;		/* JUMP_SLOTs left for their first call */
	bool failed;
	uint32_t cached_sym;		/* consecutive relocations often share */
	int cached_flags;
	struct symbol_ref cached_ref;
	const Elf_Phdr *segment;	/* where the last place was */
	Elf_Addr word_lo, word_starts;	/* where a word may start in it */
};

static bool undefined_reported;

static void count_type(struct reloc_pass *p, uint32_t type)
{
	unsigned i = 0;

	while (i < p->ntypes && p->counts[i].type < type)
		i++;
	if (i < p->ntypes && p->counts[i].type == type) {
		p->counts[i].n++;
		return;
	}
	if (p->ntypes == TYPE_COUNTS)
		return;
	memmove(&p->counts[i + 1], &p->counts[i],
		(p->ntypes - i) * sizeof(p->counts[0]));
	p->counts[i].type = type;
	p->counts[i].n = 1;
	p->ntypes++;
}

/* All undefined symbols are reported, then the loader fails once. */
static void report_undefined(struct reloc_pass *p, const char *name)
{
	ldso_error(p->d->path, "undefined symbol: %s", name);
	undefined_reported = true;
	p->failed = true;
}

/*
 * ldso_bind_symbol for the object being relocated, with a one-entry cache;
 * probe: apply_table's.
 */
LDSO_HOT bool resolve(struct reloc_pass *p, uint32_t i, int flags, bool probe,
		      struct symbol_ref *ref)
{
	if (i == p->cached_sym && flags == p->cached_flags) {
		*ref = p->cached_ref;
		return true;
	}
	if (!ldso_bind_symbol(p->d, i, flags, false, probe, ref)) {
		report_undefined(p, ldso_dso_string(p->d, p->d->symtab[i].st_name));
		return false;
	}
	p->cached_sym = i;
	p->cached_flags = flags;
	p->cached_ref = *ref;
	return true;
}

/*
 * Is [off, off + size) inside a writable segment?  A table's places lie
 * in one or two segments, so the one that held the last place is tried
 * first: the same test as ldso_in_writable, without the walk over the
 * program headers for every relocation.  Most places are a word: for
 * those the segment's bounds are kept as the offsets where a word may
 * start (word_lo, and word_starts of them from there; none before the
 * first segment is found), one compare instead of four.
 */
static inline __attribute__((always_inline))
bool place_writable(struct reloc_pass *p, Elf_Addr off, size_t size)
{
	const Elf_Phdr *ph = p->segment;

	if (size == sizeof(Elf_Addr) && off - p->word_lo < p->word_starts)
		return true;
	if (ph && off >= ph->p_vaddr && size <= ph->p_memsz &&
	    off - ph->p_vaddr <= ph->p_memsz - size)
		return true;
	if ((ph = ldso_writable_segment(p->d, off, size))) {
		p->segment = ph;
		p->word_lo = ph->p_vaddr;
		p->word_starts = ph->p_memsz >= sizeof(Elf_Addr) ?
				 ph->p_memsz - sizeof(Elf_Addr) + 1 : 0;
		return true;
	}
	return ldso_in_writable(p->d, off, size);	/* DT_TEXTREL */
}

static size_t place_size(enum reloc_kind kind)
{
	switch (kind) {
	case REL_PC32:
	case REL_ABS32:
	case REL_ABS32S:
	case REL_TPOFF32:
		return 4;
	case REL_TLSDESC:
		return 2 * sizeof(Elf_Addr);
	default:
		return sizeof(Elf_Addr);
	}
}

static void copy_relocation(struct reloc_pass *p, const Elf_Sym *sym,
			    Elf_Addr where)
{
	const char *name = ldso_dso_string(p->d, sym->st_name);
	struct symbol_ref def;
	size_t size = sym->st_size;

	if (!name)
		ldso_fail(p->d->path, "bad symbol name offset");
	def = ldso_lookup(name, ldso_version_wanted(p->d, sym - p->d->symtab),
			   p->d, LOOKUP_SKIP_MAIN);
	if (!def.sym) {
		report_undefined(p, name);
		return;
	}
	if (def.sym->st_size < size)
		size = def.sym->st_size;
	/* The data copied is the defining object's, relocated: by the main
	 * thread, when this is stage 6's worker (worker.c). */
	ldso_worker_gate();
	if (!ldso_in_writable(p->d, where - p->d->base, sym->st_size) ||
	    !ldso_in_image(def.dso, def.sym->st_value, size))
		ldso_fail(p->d->path, "bad copy relocation for %s", name);
	/* memmove: a corrupt file may make the two overlap. */
	memmove((void *)where, (void *)(def.dso->base + def.sym->st_value), size);
}

static void store32(struct reloc_pass *p, Elf_Addr where, int64_t value,
		    bool is_signed, uint32_t type)
{
	bool fits = is_signed ? value >= INT32_MIN && value <= INT32_MAX
			      : value >= 0 && value <= (int64_t)UINT32_MAX;

	if (!fits)
		ldso_fail(p->d->path, "%s relocation out of range",
			  arch_reloc_name(type));
	*(uint32_t *)where = (uint32_t)value;
}

static Elf_Addr tls_module(const struct symbol_ref *ref, struct dso *d)
{
	return ref->dso ? ref->dso->tls_id : d->tls_id;
}

/* tp-relative offset of a TLS symbol; only static TLS has one. */
static Elf_Addr tp_offset(struct reloc_pass *p, const struct symbol_ref *ref,
			  Elf_Addr addend)
{
	struct dso *def = ref->dso ? ref->dso : p->d;

	if (!def->tls_offset)
		ldso_fail(p->d->path, "initial-exec TLS in %s, which is not in static TLS",
			  def->path);
	return (ref->sym ? ref->sym->st_value : 0) + addend + ldso_tls_offset(def);
}

/*
 * TLS descriptor: {resolver, argument}.  In static TLS the argument is the
 * offset itself; otherwise it points at {module, offset} for
 * __tls_get_addr, kept with the object so dlclose can free it.
 */
static void tls_descriptor(struct reloc_pass *p, const struct symbol_ref *ref,
			   Elf_Addr *word, Elf_Addr addend)
{
	struct dso *def = ref->dso ? ref->dso : p->d;
	struct tlsdesc_arg *arg;

	if (def->tls_offset) {
		word[0] = (Elf_Addr)&ldso_tlsdesc_static;
		word[1] = tp_offset(p, ref, addend);
		return;
	}
	arg = ldso_alloc(sizeof(*arg));
	arg->module = def->tls_id;
	arg->offset = (ref->sym ? ref->sym->st_value : 0) + addend;
	arg->next = p->d->tlsdesc_args;
	p->d->tlsdesc_args = arg;
	word[0] = (Elf_Addr)&ldso_tlsdesc_dynamic;
	word[1] = (Elf_Addr)arg;
}

/*
 * A word that is S + A, or S (GLOB_DAT, JUMP_SLOT; plus A where the
 * CPU's psABI says so; kind is one of the three): nearly every symbolic
 * relocation, applied here (apply_word, or probed_word) without the tests
 * for the other kinds.  store_word writes it, given S.
 */
LDSO_HOT void store_word(Elf_Addr *word, const Elf_Reloc *r,
			 enum reloc_kind kind, Elf_Addr s)
{
#if ARCH_RELOC_HAS_ADDEND
	Elf_Addr addend = r->r_addend;
#else
	Elf_Addr addend = *word;	/* REL: the addend is in place */
	(void)r;
#endif
	/* GOT and PLT: S or S + A by the CPU's psABI (ld leaves A 0 anyway). */
	if (kind == REL_WORD || (kind == REL_GOT ? ARCH_GOT_ADDEND : ARCH_PLT_ADDEND))
		s += addend;
	*word = s;
}

LDSO_HOT void apply_word(struct reloc_pass *p, const Elf_Reloc *r,
			 enum reloc_kind kind, bool probe)
{
	uint32_t symi = ARCH_R_SYM(r->r_info);
	struct symbol_ref ref = { 0, 0 };
	Elf_Addr s = 0;

	if (!place_writable(p, r->r_offset, sizeof(Elf_Addr)))
		ldso_fail(p->d->path, "relocation outside a writable segment");
	if (symi) {
		if (!resolve(p, symi, kind == REL_PLT ? LOOKUP_FOR_PLT : 0, probe,
			     &ref))
			return;
		s = ldso_symbol_value(&ref);
	}
	store_word((Elf_Addr *)(p->d->base + r->r_offset), r, kind, s);
}

/*
 * Any relocation but a word (apply_word) and a RELATIVE one without a
 * symbol (apply_relative), and everything in the IRELATIVE pass.
 */
static inline __attribute__((always_inline))
void apply_other(struct reloc_pass *p, const Elf_Reloc *r, bool probe)
{
	struct dso *d = p->d;
	uint32_t type = ARCH_R_TYPE(r->r_info), symi = ARCH_R_SYM(r->r_info);
	enum reloc_kind kind = arch_reloc_kind(type);
	Elf_Addr where = d->base + r->r_offset, addend, s = 0;
	struct symbol_ref ref = { 0, 0 };
	Elf_Addr *word = (Elf_Addr *)where;

	if (kind == REL_IRELATIVE && !p->irelative)
		p->irelative_seen = true;
	if (kind == REL_NONE || (kind == REL_IRELATIVE) != p->irelative)
		return;
	if (kind == REL_UNKNOWN)
		ldso_fail(d->path, "unsupported relocation type %u", type);
	/* A COPY's extent is its symbol's size, checked in copy_relocation. */
	if (kind != REL_COPY && !place_writable(p, r->r_offset, place_size(kind)))
		ldso_fail(d->path, "relocation outside a writable segment");
	if (kind == REL_COPY) {
		if (symi >= d->nsyms || !d->is_main)
			ldso_fail(d->path, "bad copy relocation");
		copy_relocation(p, &d->symtab[symi], where);
		return;
	}
	/* Read only now: a COPY's place was not checked for a word. */
#if ARCH_RELOC_HAS_ADDEND
	addend = r->r_addend;
#else
	/* REL: the addend is in place; a descriptor keeps it in its argument. */
	addend = kind == REL_TLSDESC ? word[1] : *word;
#endif
	if (symi) {
		if (!resolve(p, symi, kind == REL_PLT ? LOOKUP_FOR_PLT : 0, probe,
			     &ref))
			return;
		s = ldso_symbol_value(&ref);
	}
	switch (kind) {
	case REL_RELATIVE:
		*word = d->base + addend;
		break;
	case REL_PC_WORD:
		*word = s + addend - where;
		break;
	case REL_PC32:
		store32(p, where, (int64_t)(s + addend - where), true, type);
		break;
	case REL_ABS32:
		store32(p, where, (int64_t)(uint64_t)(s + addend), false, type);
		break;
	case REL_ABS32S:
		store32(p, where, (int64_t)(intptr_t)(s + addend), true, type);
		break;
	case REL_IRELATIVE:
		*word = ldso_call_resolver(d, addend);
		break;
	case REL_DTPMOD:
		*word = tls_module(&ref, d);
		break;
	case REL_DTPOFF:
		*word = (ref.sym ? ref.sym->st_value : 0) + addend - ARCH_DTV_OFFSET;
		break;
	case REL_TPOFF:
		*word = tp_offset(p, &ref, addend);
		break;
	case REL_TPOFF32:
		store32(p, where, (int64_t)(intptr_t)tp_offset(p, &ref, addend),
			true, type);
		break;
	case REL_TPOFF_NEG:
		*word = addend - tp_offset(p, &ref, 0);
		break;
	case REL_TLSDESC:
		tls_descriptor(p, &ref, word, addend);
		break;
	default:
		ldso_fail(d->path, "unsupported relocation %s",
			  arch_reloc_name(type));
	}
}

/*
 * A RELATIVE relocation without a symbol: most of many tables (linkers
 * put them first), on a short path with the same place check
 * (apply_relative; probed_one makes it itself).  store_relative writes it.
 */
LDSO_HOT void store_relative(Elf_Addr base, const Elf_Reloc *r)
{
	Elf_Addr *word = (Elf_Addr *)(base + r->r_offset);

#if ARCH_RELOC_HAS_ADDEND
	*word = base + r->r_addend;
#else
	*word += base;
#endif
}

LDSO_HOT void apply_relative(struct reloc_pass *p, const Elf_Reloc *r)
{
	if (!place_writable(p, r->r_offset, sizeof(Elf_Addr)))
		ldso_fail(p->d->path, "relocation outside a writable segment");
	store_relative(p->d->base, r);
}

/*
 * One relocation, its kind decoded once.  Inline in the loops over a
 * table (LDSO_HOT): a call per relocation, with its frame and
 * stack-protector check, cost more than most relocations' own work.  A
 * RELATIVE one naming a symbol gets apply_other's index check.
 */
LDSO_HOT void apply_one(struct reloc_pass *p, const Elf_Reloc *r, bool probe)
{
	enum reloc_kind kind = arch_reloc_kind(ARCH_R_TYPE(r->r_info));

	if (!p->irelative) {
		if (kind == REL_RELATIVE && !ARCH_R_SYM(r->r_info)) {
			apply_relative(p, r);
			return;
		}
		if (kind >= REL_WORD && kind <= REL_PLT) {
			apply_word(p, r, kind, probe);
			return;
		}
	}
	apply_other(p, r, probe);
}

/*
 * What apply_probed reads for every relocation, held apart from p and d:
 * the places it writes are words, which the compiler must assume could
 * be any Elf_Addr or size_t of p or d, and it read those again after
 * every store.  The segment's bounds and resolve's one-entry cache are
 * p's, taken before a table and after each relocation apply_one made,
 * and given back before each of those and after the table (sync_cache,
 * sync_pass): one cache, as without it, so that LD_DEBUG=statistics
 * counts the same lookups (case dl-group-table).
 */
struct probed_object {
	struct dso *d;
	const struct ldso_symtable *table;
	Elf_Addr base;
	const Elf_Sym *symtab;
	size_t named_syms;		/* nsyms - 1: indices 1 .. nsyms - 1 name one */
	const char *strtab;
	size_t strsz;			/* 0 unless terminated: no name here */
	bool padded, versioned;
	bool noting;			/* note_binding can note anything */
	Elf_Addr word_lo, word_starts;	/* place_writable's */
	unsigned long lookups;
	uint32_t cached_sym;		/* resolve's */
	int cached_flags;
	struct symbol_ref cached_ref;
};

LDSO_HOT void sync_object(struct probed_object *o, const struct reloc_pass *p)
{
	o->word_lo = p->word_lo;
	o->word_starts = p->word_starts;
	o->cached_sym = p->cached_sym;
	o->cached_flags = p->cached_flags;
	o->cached_ref = p->cached_ref;
}

/* o's cache back to p: before apply_one, and after the table. */
LDSO_HOT void sync_cache(struct reloc_pass *p, const struct probed_object *o)
{
	p->cached_sym = o->cached_sym;
	p->cached_flags = o->cached_flags;
	p->cached_ref = o->cached_ref;
}

LDSO_HOT void sync_pass(struct reloc_pass *p, const struct probed_object *o)
{
	sync_cache(p, o);
	ldso_count_lookups(o->lookups);
}

/* Does the one-entry cache hold symbol i's binding for these flags? */
LDSO_HOT bool cache_holds(const struct probed_object *o, uint32_t i,
			  int flags)
{
	return i == o->cached_sym && flags == o->cached_flags;
}

/* A binding the table found: noted (the unloading rule), counted and
 * cached as resolve does. */
LDSO_HOT void probe_found(struct probed_object *o, uint32_t i, int flags,
			  const struct symbol_ref *ref)
{
	if (o->noting)
		note_binding(o->d, ref, false);
	o->lookups++;
	o->cached_sym = i;
	o->cached_flags = flags;
	o->cached_ref = *ref;
}

/*
 * apply_word's work for a word whose symbol the global table answers at
 * once (or, group: o->d's dlopen group's table, after the global one),
 * with ldso_bind_symbol's steps for it, or false, having changed
 * nothing: then apply_one does it all (and reports what is wrong).
 */
LDSO_HOT bool probed_word(struct probed_object *o, const Elf_Reloc *r,
			  enum reloc_kind kind, bool group)
{
	uint32_t i = ARCH_R_SYM(r->r_info);
	int flags = kind == REL_PLT ? LOOKUP_FOR_PLT : 0;
	struct symbol_ref ref;

	/* 1 <= i < nsyms in one compare: i = 0 wraps to the largest. */
	if ((size_t)i - 1 >= o->named_syms ||
	    r->r_offset - o->word_lo >= o->word_starts)
		return false;
	if (cache_holds(o, i, flags)) {
		ref = o->cached_ref;
	} else {
		const Elf_Sym *sym = &o->symtab[i];
		const char *name, *version = 0;
		struct name_key k;
		if (binds_to_itself(sym) || sym->st_name >= o->strsz)
			return false;
		name = o->strtab + sym->st_name;
		if (o->versioned)
			version = ldso_version_wanted(o->d, i);
		k = table_name_key(name, o->padded);
		ref = ldso_symtable_probe(o->table, name, k, version, flags);
		if (!ref.sym && group)
			ref = ldso_symtable_probe(o->d->local_table, name, k,
						  version, flags);
		if (!ref.sym)
			return false;
		probe_found(o, i, flags, &ref);
	}
	store_word((Elf_Addr *)(o->base + r->r_offset), r, kind,
		   ldso_symbol_value(&ref));
	return true;
}


/*
 * What apply_probed reads for every relocation of a table, held apart
 * from p and d (probed_object).
 */
LDSO_HOT struct probed_object probed_object(struct reloc_pass *p)
{
	struct dso *d = p->d;
	struct probed_object o = {
		.d = d, .table = ldso_global_symtable, .base = d->base,
		.symtab = d->symtab, .strtab = d->strtab,
		.named_syms = d->nsyms ? d->nsyms - 1 : 0,
		.strsz = d->strtab_terminated ? d->strsz : 0,
		.padded = d->strtab_padded, .versioned = d->versym != 0,
		.noting = ldso.dlopened_any,
	};

	sync_object(&o, p);
	return o;
}

/*
 * What probed_word declines, and what it does not take, through
 * apply_one, given o's cache: a relocation of the symbol just bound, in
 * another segment (mold does not sort by place), finds the binding there;
 * without it, that lookup was made and counted twice (case
 * dl-group-table with mold).  Then o takes back the segment and cache
 * apply_one left.  Out of line, copies and all: copied in the loop they
 * cost x86-64 4 % more instructions at large, and out of it the loop
 * keeps more in registers (i386 large 196.6 M -> 186.9 M).
 */
static __attribute__((noinline))
void apply_declined(struct reloc_pass *p, struct probed_object *o,
		    const Elf_Reloc *r)
{
	sync_cache(p, o);
	apply_one(p, r, true);
	sync_object(o, p);
}

/*
 * One relocation of a table whose lookups the global table answers
 * (bind_probes), not traced (LD_DEBUG=bindings), not in the IRELATIVE
 * pass: a RELATIVE one and a word on paths of their own (probed_word),
 * anything else through apply_one, after which the place's segment and
 * the cache may have changed.
 */
LDSO_HOT void probed_one(struct reloc_pass *p, struct probed_object *o,
			 const Elf_Reloc *r, bool group)
{
	enum reloc_kind kind = arch_reloc_kind(ARCH_R_TYPE(r->r_info));

	if (kind == REL_RELATIVE && !ARCH_R_SYM(r->r_info) &&
	    r->r_offset - o->word_lo < o->word_starts) {
		store_relative(o->base, r);
		return;
	}
	if (kind >= REL_WORD && kind <= REL_PLT &&
	    probed_word(o, r, kind, group))
		return;
	apply_declined(p, o, r);
}

/*
 * The symbols an object imports come first in its symbol table, before
 * the ones its GNU hash table covers (gnu_hash[1]), and its relocations
 * read them in no order (ld sorts relocations by place): each read of a
 * line not yet in the cache waited for it, one after the other.  Nothing
 * else has read them yet (the global table's build read the exported
 * ones).  Asked for in order before the table's relocations are applied,
 * they arrive side by side.  At 20 libraries of 1,000 symbols: about 2 %
 * less time for 45,000 instructions more (x86-64; i386 35,000).  A hint:
 * nothing is read, and an address outside the mapping asks for nothing.
 */
#define CACHE_LINE 64

static void prefetch_imports(const struct dso *d)
{
	size_t n = d->gnu_hash && d->gnu_hash[1] < d->nsyms ? d->gnu_hash[1] : 0;
	uintptr_t a = (uintptr_t)d->symtab, end = (uintptr_t)(d->symtab + n);
	uintptr_t hwcap = ldso.aux[AT_HWCAP];

	for (; a + CACHE_LINE < end; a += 2 * CACHE_LINE) {
		arch_prefetch((const void *)a, hwcap);
		arch_prefetch((const void *)(a + CACHE_LINE), hwcap);
	}
	if (a < end)
		arch_prefetch((const void *)a, hwcap);
}

static void apply_probed(struct reloc_pass *p, const Elf_Reloc *r, size_t n,
			 bool group)
{
	struct probed_object o = probed_object(p);

	prefetch_imports(p->d);
	for (; n; n--, r++)
		probed_one(p, &o, r, group);
	sync_pass(p, &o);
}

/*
 * For a member of a dlopen group with a table of its own (dlfcn.c): a
 * name the global table lacks is probed in the group's next, as
 * probe_lookup then does (ldso_lookup_after_global), instead of going
 * through apply_one for the whole way again.  A group's every lookup
 * takes that step: a third fewer instructions for the dlopen workload
 * (bench/), 7 % less time.  A loop of its own, out of line: the branch
 * inside the loop that binds at start cost it 2 % more instructions.
 */
static __attribute__((noinline))
void apply_probed_group(struct reloc_pass *p, const Elf_Reloc *r, size_t n)
{
	apply_probed(p, r, n, true);
}

/*
 * When the global table answers this object's lookups by itself
 * (bind_probes), words take probed_word's path.  The loops are apart,
 * so that the one without a table (a small program) stays as lean as a
 * call to ldso_lookup makes it.
 */
static void apply_table(struct reloc_pass *p, const Elf_Reloc *r, size_t size)
{
	size_t n = size / sizeof(*r);

	if (ldso_global_symtable && bind_probes(p->d) && !p->irelative &&
	    !(ldso_debug & DEBUG_BINDINGS)) {
		if (p->d->local_table)
			apply_probed_group(p, r, n);
		else
			apply_probed(p, r, n, false);
		return;
	}
	for (; n; n--, r++)
		apply_one(p, r, false);
}

/*
 * DT_JMPREL of an object bound lazily.  A JUMP_SLOT that may wait (its
 * place and value checked by ldso_lazy_slot, more strictly than
 * apply_one's) keeps its PLT stub's link-time address, moved by the bias
 * (psABI); anything else goes through apply_one.  A loop of its own: it
 * runs for every PLT slot of every object at start.
 */
/* A slot whose symbol's calling convention the trampoline cannot keep. */
static bool bound_at_load(const struct dso *d, const Elf_Reloc *r)
{
	uint32_t symi = ARCH_R_SYM(r->r_info);

	return symi < d->nsyms && arch_plt_bind_at_load(&d->symtab[symi]);
}

/* A slot that cannot wait, or not a JUMP_SLOT: out of line, rare here. */
static __attribute__((noinline))
void apply_undeferred(struct reloc_pass *p, const Elf_Reloc *r)
{
	apply_one(p, r, false);
}

/* Out of line: inlined in relocate, its loop's registers went with the
 * caller's (two more instructions a slot once relocate gained callers). */
static __attribute__((noinline))
void defer_table(struct reloc_pass *p, const Elf_Reloc *r, size_t size)
{
	struct dso *d = p->d;
	struct slot_ranges ranges = { 0, 0, 0, 0 };
	/* Apart from d: the slots written are words, which could be any
	 * Elf_Addr or size_t of d for the compiler (probed_object). */
	const Elf_Addr base = d->base;
	const size_t nsyms = d->nsyms;
	/* The rare ones counted, not the deferred: a register less in the
	 * loop, where the symbol count then stays in one. */
	size_t count = size / sizeof(*r), undeferred = 0;

	for (size_t n = count; n; n--, r++) {
		Elf_Addr info = r->r_info, offset = r->r_offset;
		if (ARCH_R_TYPE(info) != ARCH_R_JUMP_SLOT ||
		    !ldso_lazy_slot(d, base, &ranges, offset) ||
		    bound_at_load(d, r)) {
			apply_undeferred(p, r);
			undeferred++;
			continue;
		}
		/* Checked now, as eager binding would: a bad index in a slot
		 * that waits must still fail the start-up, not the call. */
		if (ARCH_R_SYM(info) >= nsyms)
			ldso_fail(d->path, "relocation symbol index %u out of range",
				  (unsigned)ARCH_R_SYM(info));
		*(Elf_Addr *)(base + offset) += base;
	}
	p->deferred += count - undeferred;
}

static unsigned apply_relr(struct dso *d)
{
	unsigned count = 0;
	const unsigned bits = 8 * sizeof(Elf_Addr) - 1;
	Elf_Addr next = 0;

	for (size_t n = d->relrsz / sizeof(Elf_Addr), k = 0; k < n; k++) {
		Elf_Addr entry = d->relr[k];
		if ((entry & 1) == 0) {
			if (!ldso_in_writable(d, entry, sizeof(Elf_Addr)))
				ldso_fail(d->path, "DT_RELR entry outside a writable segment");
			*(Elf_Addr *)(d->base + entry) += d->base;
			next = entry + sizeof(Elf_Addr);
			count++;
			continue;
		}
		for (unsigned i = 0; (entry >>= 1) != 0; i++) {
			Elf_Addr at = next + i * sizeof(Elf_Addr);
			if (!(entry & 1))
				continue;
			if (!ldso_in_writable(d, at, sizeof(Elf_Addr)))
				ldso_fail(d->path, "DT_RELR entry outside a writable segment");
			*(Elf_Addr *)(d->base + at) += d->base;
			count++;
		}
		next += bits * sizeof(Elf_Addr);
	}
	return count;
}

/*
 * DT_TEXTREL: the read-only segments become writable (never executable
 * at the same time) while relocating, and get their permissions back.
 */
static void set_text_writable(struct dso *d, bool writable)
{
	for (size_t i = 0; i < d->phnum; i++) {
		const Elf_Phdr *ph = &d->phdr[i];
		Elf_Addr start, end;
		int prot;
		long r;
		if (ph->p_type != PT_LOAD || (ph->p_flags & PF_W))
			continue;
		start = ldso_page_down(d->base + ph->p_vaddr);
		end = ldso_page_up(d->base + ph->p_vaddr + ph->p_memsz);
		prot = writable ? PROT_READ | PROT_WRITE
				: (ph->p_flags & PF_R ? PROT_READ : 0) |
				  (ph->p_flags & PF_X ? PROT_EXEC : 0);
		if ((r = ldso_mprotect((void *)start, end - start, prot)) < 0)
			ldso_fail(d->path, "cannot change segment protection for DT_TEXTREL: mprotect: %s",
				  ldso_strerror(r));
	}
}

/*
 * Every entry of both tables but R_*_NONE was applied or deferred, once,
 * when the object's relocation ends (else the load failed): counted here,
 * not as each is applied, where even the test for LD_DEBUG=statistics
 * cost every relocation.
 */
static void count_table(struct reloc_pass *p, const Elf_Reloc *r, size_t size)
{
	for (size_t n = size / sizeof(*r); n; n--, r++)
		if (arch_reloc_kind(ARCH_R_TYPE(r->r_info)) != REL_NONE)
			count_type(p, ARCH_R_TYPE(r->r_info));
}

static void print_statistics(struct reloc_pass *p)
{
	char line[512];
	size_t n = 0;
	unsigned total = p->relr_count;

	count_table(p, p->d->rel, p->d->relsz);
	count_table(p, p->d->jmprel, p->d->jmprelsz);

	for (unsigned i = 0; i < p->ntypes; i++) {
		total += p->counts[i].n;
		n += ldso_snprintf(line + n, sizeof(line) - n, " %s=%u",
				   arch_reloc_name(p->counts[i].type), p->counts[i].n);
	}
	if (p->relr_count)
		n += ldso_snprintf(line + n, sizeof(line) - n, " RELR=%u", p->relr_count);
	else if (n == 0)
		line[0] = 0;
	if (p->lazy)
		ldso_snprintf(line + n, sizeof(line) - n, "; %zu deferred to their first call",
			      p->deferred);
	ldso_trace("statistics: %s: %u relocations:%s", p->d->path, total, line);
}

/*
 * The program the kernel mapped, or an object with a writable segment
 * too large to come in populated (map.c, populate_flag): what relocation
 * is sure to write is populated before it starts, one madvise a range,
 * the way map.c populates a small segment.  The RELRO range (data that
 * is there to be relocated), and the PLT's slots from the first
 * JUMP_SLOT's place to the last's, each inside one writable segment:
 * at 100 libraries of 4,000 symbols the program's 3 MiB of them were
 * 780 traps.  A range of fewer than POPULATE_MIN pages is left to its
 * traps (a call for two pages cost more than it saved), two ranges that
 * touch take one call.  A hint only: relocation checks each place as
 * always, and a kernel without MADV_POPULATE_WRITE (before 5.14) says
 * no, which changes nothing.
 */
#define POPULATE_MIN 4

struct written_range {
	Elf_Addr lo, hi;		/* link-time; lo == hi: none */
};

/* [lo, hi) cut at the end of the file part of the writable segment
 * that holds lo (no more than the file: a .bss is not populated; lld
 * and mold pad RELRO to a page's end past their segment), else none. */
static struct written_range range_in_segment(const struct dso *d,
					     Elf_Addr lo, Elf_Addr hi)
{
	struct written_range r = { 0, 0 };
	const Elf_Phdr *ph;

	if (lo < hi && (ph = ldso_writable_segment(d, lo, 1))) {
		Elf_Addr file_end = ph->p_vaddr + ph->p_filesz;
		r.lo = lo;
		r.hi = hi < file_end ? hi : file_end;
		if (r.hi <= r.lo)
			r.hi = r.lo;
	}
	return r;
}

static void populate_range(const struct dso *d, struct written_range r)
{
	Elf_Addr start = ldso_page_down(d->base + r.lo);
	Elf_Addr end = ldso_page_up(d->base + r.hi);

	if (r.lo < r.hi && end - start >= POPULATE_MIN * ldso.page_size)
		ldso_madvise((void *)start, end - start, MADV_POPULATE_WRITE);
}

static void populate_written(const struct dso *d)
{
	struct written_range relro = { 0, 0 }, slots = { 0, 0 };
	size_t n = d->jmprelsz / sizeof(Elf_Reloc);

	if (d->rw_populated)
		return;
	if (d->relro)
		relro = range_in_segment(d, d->relro->p_vaddr,
					 d->relro->p_vaddr + d->relro->p_memsz);
	if (n && d->jmprel[0].r_offset <= d->jmprel[n - 1].r_offset)
		slots = range_in_segment(d, d->jmprel[0].r_offset,
					 d->jmprel[n - 1].r_offset +
					 sizeof(Elf_Addr));
	if (relro.lo < relro.hi && slots.lo < slots.hi &&
	    ldso_page_down(slots.lo) <= ldso_page_up(relro.hi) &&
	    ldso_page_down(relro.lo) <= ldso_page_up(slots.hi) &&
	    ldso_writable_segment(d, relro.lo, 1) ==
	    ldso_writable_segment(d, slots.lo, 1)) {
		relro.lo = relro.lo < slots.lo ? relro.lo : slots.lo;
		relro.hi = relro.hi > slots.hi ? relro.hi : slots.hi;
		slots.hi = slots.lo;
	}
	populate_range(d, relro);
	populate_range(d, slots);
}

/*
 * Has an object relocated so far entries enough to release
 * (release_relocations)?  The program's from 64 KiB, any other
 * object's from 1 MiB: release_relocations says why.  Set by both of
 * stage 6's threads (worker.c): a relaxed atomic store, a plain move.
 */
static bool large_tables;
#define RELEASE_MIN ((uintptr_t)1 << 20)
#define RELEASE_MIN_MAIN ((uintptr_t)64 << 10)

static uintptr_t release_min(const struct dso *d)
{
	return d->is_main ? RELEASE_MIN_MAIN : RELEASE_MIN;
}

static void relocate(struct dso *d, bool bind_now)
{
	struct reloc_pass p;

	if (d->relocated || !d->dynamic)
		return;
	memset(&p, 0, sizeof(p));
	p.d = d;
	p.cached_flags = -1;
	d->relocated = true;
	if (ldso_debug & DEBUG_RELOC)
		ldso_trace("reloc: relocation processing: %s%s", d->path,
			   d->textrel ? " (with TEXTREL)" : "");
	if (d->textrel)
		set_text_writable(d, true);
	populate_written(d);
	p.relr_count = apply_relr(d);
	p.lazy = ldso_lazy_possible(d, bind_now);
	if (d->relsz + d->jmprelsz >= release_min(d))
		__atomic_store_n(&large_tables, true, __ATOMIC_RELAXED);
	apply_table(&p, d->rel, d->relsz);
	if (p.lazy)
		defer_table(&p, d->jmprel, d->jmprelsz);
	else
		apply_table(&p, d->jmprel, d->jmprelsz);
	if (d->textrel)
		set_text_writable(d, false);
	/* Before IRELATIVE: an IFUNC resolver may call through this PLT. */
	if (p.deferred)
		ldso_lazy_install(d, p.deferred);
	if (p.irelative_seen) {
		p.irelative = true;
		p.cached_flags = -1;
		apply_table(&p, d->rel, d->relsz);
		apply_table(&p, d->jmprel, d->jmprelsz);
	}
	if (ldso_debug & DEBUG_STATISTICS)
		print_statistics(&p);
}

void ldso_protect_relro(struct dso *d)
{
	Elf_Addr start, end;
	long r;

	if (!d->relro)
		return;
	start = ldso_page_down(d->base + d->relro->p_vaddr);
	end = ldso_page_down(d->base + d->relro->p_vaddr + d->relro->p_memsz);
	if (end > start &&
	    (r = ldso_mprotect((void *)start, end - start, PROT_READ)) < 0)
		ldso_fail(d->path, "cannot apply RELRO protection: mprotect: %s",
			  ldso_strerror(r));
}

/*
 * Relocate first and every object after it in load order, last loaded
 * first; bind_now (dlopen's RTLD_NOW) binds their PLT slots now too.
 * Returns false when symbols were undefined (each reported).
 */
static void relocate_in_order(struct dso *first, bool bind_now)
{
	for (struct dso *d = ldso.tail; d; d = d->prev) {
		if (!d->is_loader)
			relocate(d, bind_now);
		if (d == first)
			break;
	}
}

static bool relocation_done(void)
{
	if (ldso_debug & DEBUG_STATISTICS) {
		ldso_trace("statistics: %lu symbol lookups", ldso_lookup_count);
		ldso_lazy_statistics();
	}
	return !undefined_reported;
}

bool ldso_relocate_objects(struct dso *first, bool bind_now)
{
	undefined_reported = false;
	relocate_in_order(first, bind_now);
	return relocation_done();
}

/*
 * Start-up's objects on two threads (worker.c says what keeps the
 * answers the serial ones): the main thread relocates the first objects
 * of the relocation order, about half the work, the worker the rest, the
 * program included.  Only where it pays: WORKER_MIN relocations or more
 * (relocation_work), on a process allowed two CPUs or more.  At 100
 * libraries of 2,000 functions (1.2 million relocations) start-up took
 * 123 ms instead of 146; at 20 of 500 (58,000) nothing was gained, the
 * thread's cost eating it.  The worker starts before the global symbol
 * table is built, which the two threads then build together (symtable.c,
 * ldso_symtable_split).  Not with
 * LD_DEBUG: its statistics count per object and its traces would wait
 * for the main thread anyway.  The symtable build takes a worker for any
 * two objects, and gives it the program alone: the objects a test
 * builds are then the main thread's, which the program's copy
 * relocations, IFUNC references and errors must wait for (worker.c).
 */
#ifdef LDSO_SYMTABLE_ALWAYS
#define WORKER_FORCED true
#else
#define WORKER_FORCED false
#endif
#define WORKER_MIN ((size_t)1 << 18)

static bool relocatable(const struct dso *d)
{
	return !d->is_loader && !d->relocated && d->dynamic;
}

/*
 * About what relocating d costs, in symbolic relocations: a RELATIVE one
 * (as the linker counts them, DT_RELACOUNT: a hint, which a lying file
 * can only make slower) or a lazy JUMP_SLOT a quarter.  At 100 libraries
 * of 2,000 functions, counting every entry alike gave the worker, with
 * the program's 200,000 symbolic words, 10 to 18 ms more than the main
 * thread.
 */
static size_t relocation_work(const struct dso *d)
{
	size_t n = d->relsz / sizeof(Elf_Reloc);
	size_t relative = ldso_dynamic_value(d, ARCH_RELOC_HAS_ADDEND ?
					     DT_RELACOUNT : DT_RELCOUNT);
	size_t plt = d->jmprelsz / sizeof(Elf_Reloc);

	if (relative > n)
		relative = n;
	return n - relative + relative / 4 +
	       (ldso_lazy_possible(d, false) ? plt / 4 : plt);
}

/* The last object of the main thread's share, or 0: no worker. */
static struct dso *worker_split(void)
{
	size_t total = 0, share = 0, objects = 0;
	struct dso *d, *last = 0;

	if (ldso_debug)
		return 0;
	/* First the entries alone: a small program stops here, cheaply. */
	for (d = ldso.tail; d; d = d->prev)
		total += (d->relsz + d->jmprelsz) / sizeof(Elf_Reloc);
	if (!WORKER_FORCED && total < WORKER_MIN)
		return 0;
	total = 0;
	for (d = ldso.tail; d; d = d->prev)
		if (relocatable(d)) {
			total += relocation_work(d);
			objects++;
		}
	if (objects < 2 || (!WORKER_FORCED && total < WORKER_MIN) ||
	    !ldso_worker_wanted())
		return 0;
	/* Objects up to half the work (symtable build: all but the last);
	 * the worker's share is never empty. */
	for (d = ldso.tail; objects > 1; d = d->prev) {
		if (!relocatable(d))
			continue;
		share += relocation_work(d);
		if (last && !WORKER_FORCED && share * 2 > total)
			break;
		last = d;
		objects--;
	}
	return last;
}

static void relocate_worker_share(void *main_last)
{
	ldso_symtable_worker_part();
	for (struct dso *d = ((struct dso *)main_last)->prev; d; d = d->prev)
		if (!d->is_loader)
			relocate(d, false);
}

/* What two threads would each set up on first use, set up now. */
static void prepare_worker(void)
{
	ldso_lazy_prepare();
	for (struct dso *d = ldso.head; d; d = d->next)
		ldso_versions_prepare(d);
}

static bool relocate_start_up(void)
{
	struct dso *main_last = worker_split();

	undefined_reported = false;
	if (!main_last) {
		ldso_symtable_build();
	} else {
		bool worker;
		ldso_symtable_split();
		prepare_worker();
		worker = ldso_worker_start(relocate_worker_share, main_last);
		ldso_symtable_main_part(worker);
		if (worker) {
			ldso_worker_let_first();
			relocate_in_order(main_last, false);
			ldso_worker_join();
		}
	}
	/* All of it without a worker; with one, nothing is left. */
	relocate_in_order(ldso.head, false);
	return relocation_done();
}

void ldso_protect_objects(struct dso *first)
{
	for (struct dso *d = first; d; d = d->next)
		if (!d->is_loader)
			ldso_protect_relro(d);
}

/*
 * Once the objects of start-up are relocated, their relocation entries
 * are read no more, but for the PLT entries of an object whose slots
 * wait for their first call (lazy.c reads them then; a dlopen, even from
 * a constructor, relocates only its own objects).  Where those dead
 * entries take enough pages (release_min), they go back to the kernel,
 * one madvise each: pages of a read-only segment's file part, which
 * nothing wrote (no TEXTREL), so one touched again would read back the
 * same.  The program's go from 64 KiB: one system call per process at
 * most, for 16 pages or more that would otherwise stay in its resident
 * set for good (at 20 libraries of 500 functions, its 228 KiB of
 * absolute pointers' entries are what kept the peak RSS above glibc's).
 * Any other object's go from 1 MiB (a program of 200,000 relocations has
 * 4.6 MiB of them): below that, the calls of an object stay those glibc
 * makes, open, the header read, the mappings, close, however many
 * libraries there are.  large_tables (set in relocate) spares the walk
 * when no object has so many.
 */
static void release_range(struct dso *d, uintptr_t lo, uintptr_t hi)
{
	/* First the size: most objects have far less, and no segment to find. */
	if (hi - lo < release_min(d))
		return;
	for (size_t i = 0; i < d->phnum; i++) {
		const Elf_Phdr *ph = &d->phdr[i];
		uintptr_t start = d->base + ph->p_vaddr;
		uintptr_t file_end = start + ph->p_filesz;
		if (ph->p_type != PT_LOAD || (ph->p_flags & PF_W) ||
		    lo < start || hi > file_end)
			continue;
		/* Whole pages of the entries, none past the file's part:
		 * the loader zeroed the rest of the last one. */
		lo = ldso_page_up(lo);
		hi = ldso_page_down(hi);
		if (hi > lo && hi - lo >= release_min(d)) {
			ldso_madvise((void *)lo, hi - lo, MADV_DONTNEED);
			if (ldso_debug & DEBUG_STATISTICS)
				ldso_trace("statistics: %s: %zu KiB of relocation entries released",
					   d->path, (size_t)(hi - lo) >> 10);
		}
		return;
	}
}

static void release_relocations(void)
{
	for (struct dso *d = ldso.head; d; d = d->next) {
		uintptr_t lo = (uintptr_t)d->rel, hi = lo + d->relsz;
		uintptr_t plt_lo = (uintptr_t)d->jmprel;
		uintptr_t plt_hi = plt_lo + d->jmprelsz;
		if (d->is_loader || d->textrel || !d->relocated)
			continue;
		if (d->jmprel && !d->lazy_slots) {
			/* ld puts them together: one range when they touch. */
			if (d->rel && plt_lo <= hi && plt_hi >= lo) {
				lo = lo < plt_lo ? lo : plt_lo;
				hi = hi > plt_hi ? hi : plt_hi;
			} else {
				release_range(d, plt_lo, plt_hi);
			}
		}
		if (d->rel)
			release_range(d, lo, hi);
	}
}

void ldso_relocate_all(void)
{
	if (!relocate_start_up())
		ldso_exit(LDSO_EXIT_FAILURE);
	ldso_debug_set_dt_debug(ldso.main);
	ldso_protect_objects(ldso.head);
	if (large_tables)
		release_relocations();
}
