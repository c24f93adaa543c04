/*
 * The process-wide symbol table's probe (symtable.c says what the table
 * is and when it exists).  Inline in the one lookup (symbol.c), which
 * then makes no call per relocation to ask the table: its frame and
 * stack-protector check were a tenth of a lookup.
 */
#ifndef LDSO_SYMTABLE_H
#define LDSO_SYMTABLE_H

/*
 * A slot: object number + 1 (8 bits), 4 bits of the name's hash, the
 * symbol's index (20 bits).  The hash bits let a probe pass over another
 * name's slot without reading that name: at 80 % full, a lookup meets
 * one or two such slots, each two cache misses in another object's
 * tables.  An object of more symbols than an index holds gets no table.
 */
#define INDEX_BITS 20
#define TAG_BITS 4
#define MAX_TABLE_SYMBOLS (1u << INDEX_BITS)
#define MAX_OBJECTS 255

/*
 * A table: the global scope's (one, while ldso_global_symtable), or a dlopen
 * group's (its local scope, owned by the group's root object).
 */
struct ldso_symtable {
	uint32_t *slots;		/* object + 1, tag, index; 0 empty */
	size_t slot_count, slot_mask, slot_used;
	unsigned slot_shift;		/* 32 - log2(slot_count) */
	size_t object_count;
	struct dso *objects[MAX_OBJECTS];
};

/* The global scope's table, 0 while there is none (lookups walk). */
extern struct ldso_symtable *ldso_global_symtable;

LDSO_HOT struct dso *slot_object(const struct ldso_symtable *t, uint32_t slot)
{
	return t->objects[(slot >> (INDEX_BITS + TAG_BITS)) - 1];
}

/* A slot's hash bits: the low ones (first_slot takes the high ones). */
LDSO_HOT uint32_t hash_tag(uint32_t h)
{
	return (h & ((1u << TAG_BITS) - 1)) << INDEX_BITS;
}

LDSO_HOT uint32_t slot_tag(uint32_t slot)
{
	return slot & (((1u << TAG_BITS) - 1) << INDEX_BITS);
}

LDSO_HOT uint32_t slot_index(uint32_t slot)
{
	return slot & ((1u << INDEX_BITS) - 1);
}

/*
 * n bytes at a and b equal, a word at a time: the words from the start,
 * then one that ends at the last byte (it may overlap the one before).
 * Fewer bytes than a word (a name of up to six characters and its
 * terminator): one word of each, masked to the n bytes (the low ones:
 * every CPU here is little-endian, as ldso_name_hash assumes), when neither
 * word leaves the 4 KiB block where its first byte lies (name_word says
 * why that read cannot fault); the dlopen workload's names are that short,
 * and comparing them a byte at a time was 6 % of its instructions.  On
 * 32-bit CPUs such a name has at most two characters and the byte loop
 * stays: the extra code inlined in the lookup cost i386 1.5 % at medium.
 */
LDSO_HOT bool same_bytes(const char *a, const char *b, size_t n)
{
	uintptr_t u, v;
	size_t i;

	if (n < sizeof(u)) {
		if (sizeof(u) == 8 && NAME_WORD_READS &&
		    ((uintptr_t)a & 4095) <= 4096 - sizeof(u) &&
		    ((uintptr_t)b & 4095) <= 4096 - sizeof(u)) {
			__builtin_memcpy(&u, a, sizeof(u));
			__builtin_memcpy(&v, b, sizeof(u));
			return !((u ^ v) & (((uintptr_t)1 << (8 * n)) - 1));
		}
		for (; n; n--)
			if (*a++ != *b++)
				return false;
		return true;
	}
	for (i = 0; i + sizeof(u) < n; i += sizeof(u)) {
		__builtin_memcpy(&u, a + i, sizeof(u));
		__builtin_memcpy(&v, b + i, sizeof(u));
		if (u != v)
			return false;
	}
	__builtin_memcpy(&u, a + n - sizeof(u), sizeof(u));
	__builtin_memcpy(&v, b + n - sizeof(u), sizeof(u));
	return u == v;
}

/*
 * Is the name of the definition in slot `name` (len bytes)?  Every name
 * in the table ends inside its string table (ldso_dso_string said so),
 * so one that reaches the table's end within len bytes is shorter.  The
 * len + 1 bytes compared, terminators included, lie in both strings.
 */
LDSO_HOT bool same_name(const struct ldso_symtable *t, uint32_t slot,
			const char *name, size_t len)
{
	const struct dso *d = slot_object(t, slot);
	size_t off = d->symtab[slot_index(slot)].st_name;

	return len < d->strsz - off && same_bytes(d->strtab + off, name, len + 1);
}

/*
 * The first slot of the probe sequence for a name's hash
 * (ldso_name_hash, whose high bits every byte of the name reached).
 */
LDSO_HOT size_t first_slot(const struct ldso_symtable *t, uint32_t h)
{
	return h >> t->slot_shift;
}

/*
 * ldso_symbol_accepts for a slot: only candidates were inserted
 * (insert_object: binding, type, visibility, section), and the table
 * answers from the symbol tables as they were when it was built, as it
 * does for the names it holds.  The rest of the test remains.
 */
LDSO_HOT bool table_accepts(struct dso *d, size_t i, const char *version,
			    int flags)
{
	const Elf_Sym *sym = &d->symtab[i];

	if (sym->st_shndx == SHN_UNDEF && (flags & LOOKUP_FOR_PLT))
		return false;
	return !d->versym || ldso_version_ok(d, i, version);
}

/*
 * The definitions of the name come in scope order along its probe
 * sequence, which ends at an empty slot.
 */
LDSO_HOT struct symbol_ref probe_from(const struct ldso_symtable *t,
				       size_t first, const char *name,
				       struct name_key key, const char *version,
				       int flags)
{
	struct symbol_ref ref = { 0, 0 };
	uint32_t tag = hash_tag(key.hash);

	for (size_t k = first; t->slots[k]; k = (k + 1) & t->slot_mask) {
		uint32_t slot = t->slots[k];
		struct dso *d;
		if (slot_tag(slot) != tag)
			continue;
		d = slot_object(t, slot);
		if (!same_name(t, slot, name, key.len) ||
		    ((flags & LOOKUP_SKIP_MAIN) && d->is_main) ||
		    !table_accepts(d, slot_index(slot), version, flags))
			continue;
		ref.sym = &d->symtab[slot_index(slot)];
		ref.dso = d;
		break;
	}
	return ref;
}

/* From the name's first slot; probe_from for a caller that has it. */
LDSO_HOT struct symbol_ref ldso_symtable_probe(const struct ldso_symtable *t,
				 const char *name, struct name_key key,
				 const char *version, int flags)
{
	return probe_from(t, first_slot(t, key.hash), name, key, version, flags);
}

#endif
