/*
 * Symbol lookup.  Relocation code asks one question, ldso_lookup(name,
 * requester, flags), so the structure behind it can change without
 * touching reloc.c.  Today it walks the global scope in load order
 * (executable, preloads, dependencies breadth-first, the loader last) and
 * asks each object's hash table; the first definition wins, weak or
 * strong, as in glibc.
 *
 * Hash tables come from the file: every bucket and chain index is checked
 * against the symbol count, and chain walks are bounded by it, so a
 * corrupt table cannot send a lookup out of bounds or round in circles.
 */
#include "ldso.h"
#include "symtable.h"

/*
 * The per-object steps are forced inline into ldso_lookup: they run once
 * per object per lookup, the hottest path at start-up, and inline they
 * share one stack-protector check per lookup instead of paying one each.
 */
#define HOT LDSO_HOT

/*
 * Does symbol i's name equal name, len bytes long?  Never reads past the
 * string table.
 */
HOT bool name_is(const struct dso *d, size_t i, const char *name, size_t len)
{
	size_t off = d->symtab[i].st_name;
	const char *s;
	size_t left;

	if (off >= d->strsz)
		return false;
	s = d->strtab + off;
	/* The table ends in NUL (dynamic.c): a name there that reaches its
	 * end within len bytes is shorter.  Then compare a word at a time
	 * the len + 1 bytes, terminators included, that lie in both. */
	if (d->strtab_terminated)
		return len < d->strsz - off && same_bytes(s, name, len + 1);
	for (left = d->strsz - off; left; left--, s++, name++) {
		if (*s != *name)
			return false;
		if (!*s)
			return true;
	}
	return false;
}

HOT const Elf_Sym *gnu_lookup(struct dso *d, const char *name, size_t len,
			      const char *version, uint32_t h, int flags)
{
	const uint32_t *hdr = d->gnu_hash;
	uint32_t nbuckets = hdr[0], symoffset = hdr[1], bloom_size = hdr[2];
	uint32_t shift = hdr[3];
	const unsigned bits = 8 * sizeof(Elf_Addr);
	Elf_Addr word = d->gnu_bloom[(h / bits) & (bloom_size - 1)];
	uint32_t i;

	if (!((word >> (h % bits)) & (word >> ((h >> shift) % bits)) & 1))
		return 0;
	i = d->gnu_buckets[h % nbuckets];
	if (i == 0)
		return 0;
	for (; i < d->nsyms; i++) {
		uint32_t v = d->gnu_chain[i - symoffset];
		if ((v | 1) == (h | 1) && name_is(d, i, name, len) &&
		    ldso_symbol_accepts(d, i, version, flags))
			return &d->symtab[i];
		if (v & 1)
			break;
	}
	return 0;
}

HOT const Elf_Sym *sysv_lookup(struct dso *d, const char *name, size_t len,
			       const char *version, uint32_t h, int flags)
{
	uint32_t nbucket = d->hash[0], nchain = d->hash[1];
	const uint32_t *buckets = d->hash + 2, *chain = buckets + nbucket;
	uint32_t steps = 0;

	for (uint32_t i = buckets[h % nbucket]; i && i < d->nsyms;
	     i = chain[i]) {
		if (name_is(d, i, name, len) &&
		    ldso_symbol_accepts(d, i, version, flags))
			return &d->symtab[i];
		if (++steps > nchain)
			break;
	}
	return 0;
}

/* The GNU hash of a name and its length, computed once per lookup. */
struct gnu_key {
	uint32_t hash;
	size_t len;
	bool known;
};

HOT struct gnu_key *gnu_key_once(const char *name, struct gnu_key *key)
{
	if (!key->known) {
		key->hash = ldso_gnu_hash_len(name, &key->len);
		key->known = true;
	}
	return key;
}

HOT const Elf_Sym *dso_lookup(struct dso *d, const char *name,
			      const char *version, struct gnu_key *key,
			      int flags)
{
	if (!d->symtab)
		return 0;
	gnu_key_once(name, key);
	if (d->gnu_hash)
		return gnu_lookup(d, name, key->len, version, key->hash, flags);
	return sysv_lookup(d, name, key->len, version, ldso_sysv_hash(name),
			   flags);
}

/*
 * The one lookup relocation uses.  The scope is the global one (every
 * object loaded at start-up, and those dlopen'ed with RTLD_GLOBAL, in
 * load order; answered by symtable.c when it has a table), then, for an object dlopen'ed with RTLD_LOCAL, the
 * dependency list of its dlopen.  An object linked -Bsymbolic
 * (DT_SYMBOLIC) looks in itself first.
 */
unsigned long ldso_lookup_count;

HOT struct symbol_ref lookup_scope(const char *name,
				   const struct name_key *known,
				   const char *version,
				   struct dso *requester, int flags)
{
	struct symbol_ref ref = { 0, 0 };
	/* The GNU hash only when an object's own table is walked; the
	 * process-wide tables hash the name their own way, once for both
	 * that a dlopen group's lookup may ask (or the caller computed it
	 * ahead: known). */
	struct gnu_key h = { 0, 0, false };
	struct name_key key = known ? *known : (struct name_key){ 0, 0 };
	bool keyed = known != 0;

	ldso_count_lookups(1);
	if (ldso_debug & DEBUG_SYMBOLS)
		ldso_trace("symbols: symbol=%s; lookup in the global scope for %s",
			   name, requester ? requester->path : "dlsym");
	if (requester && requester->symbolic &&
	    !((flags & LOOKUP_SKIP_MAIN) && requester->is_main) &&
	    (ref.sym = dso_lookup(requester, name, version,
				  &h, flags))) {
		ref.dso = requester;
		return ref;
	}
	if (ldso_global_symtable && !(flags & LOOKUP_GLOBAL_PROBED)) {
		if (!keyed)
			key = name_key(name);
		keyed = true;
		ref = ldso_symtable_probe(ldso_global_symtable, name, key,
					  version, flags);
		if (ref.sym)
			return ref;
	}
	for (struct dso *d = ldso_global_symtable ? 0 : ldso.head; d; d = d->next) {
		if (!d->global || ((flags & LOOKUP_SKIP_MAIN) && d->is_main))
			continue;
		if ((ref.sym = dso_lookup(d, name, version, &h,
					  flags))) {
			ref.dso = d;
			return ref;
		}
	}
	if (requester && requester->local_table)
		return ldso_symtable_probe(requester->local_table, name,
					   keyed ? key : name_key(name),
					   version, flags);
	for (size_t i = 0; requester && i < requester->local_count; i++) {
		struct dso *d = requester->local_scope[i];
		if ((ref.sym = dso_lookup(d, name, version, &h,
					  flags))) {
			ref.dso = d;
			return ref;
		}
	}
	return ref;
}

/*
 * Secure mode: a preload (a set-uid library root put in a default
 * directory) may add symbols but not replace the loader's own exports
 * (dlopen, __tls_get_addr, _r_debug, ...): the loader's code and its
 * callers rely on those being the loader's.
 */
struct symbol_ref ldso_keep_loader_exports(struct symbol_ref ref,
					   const char *name,
					   const char *version, int flags)
{
	const Elf_Sym *own;
	struct gnu_key key = { 0, 0, false };

	if (!ldso.secure || !ref.dso || !ref.dso->is_preload ||
	    ref.dso == ldso.loader)
		return ref;
	own = dso_lookup(ldso.loader, name, version, &key, flags);
	if (own) {
		ref.sym = own;
		ref.dso = ldso.loader;
	}
	return ref;
}

/* Each has lookup_scope inline: the one without a key pays nothing for it. */
struct symbol_ref ldso_lookup(const char *name, const char *version,
			      struct dso *requester, int flags)
{
	struct symbol_ref ref = lookup_scope(name, 0, version, requester, flags);

	/* Tested here: the call costs more than the test, every lookup. */
	if (!ldso.secure)
		return ref;
	return ldso_keep_loader_exports(ref, name, version, flags);
}

static struct symbol_ref lookup_keyed(const char *name,
				       const struct name_key *key,
				       const char *version,
				       struct dso *requester, int flags)
{
	struct symbol_ref ref = lookup_scope(name, key, version, requester,
					     flags);

	if (!ldso.secure)
		return ref;
	return ldso_keep_loader_exports(ref, name, version, flags);
}

/* Lookup in a list of objects only: dlsym with a handle, RTLD_NEXT. */
struct symbol_ref ldso_lookup_in(const char *name, const char *version,
				 struct dso **list, size_t count)
{
	struct symbol_ref ref = { 0, 0 };
	struct gnu_key key = { 0, 0, false };

	for (size_t i = 0; i < count; i++)
		if ((ref.sym = dso_lookup(list[i], name, version, &key, 0))) {
			ref.dso = list[i];
			return ref;
		}
	return ref;
}

/*
 * A lookup for requester whose probe of the global table missed
 * (bind.h's probe_lookup; never in secure mode, nor for a -Bsymbolic
 * object).  A dlopen group's member asks its group's table next, as
 * lookup_scope does, here without lookup_scope's frame and tests: in
 * a dlopen of 20 libraries they were a sixth of its instructions.
 */
struct symbol_ref ldso_lookup_after_global(const char *name,
					  const struct name_key *key,
					  const char *version,
					  struct dso *requester, int flags)
{
	if (requester->local_table) {
		ldso_count_lookups(1);
		return ldso_symtable_probe(requester->local_table, name, *key,
					   version, flags);
	}
	return lookup_keyed(name, key, version, requester,
			    flags | LOOKUP_GLOBAL_PROBED);
}
