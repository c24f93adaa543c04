/*
 * The process-wide symbol table's probe (symtable.c says what the table
 * is and when it exists).  Inline in the one lookup (symbol.c), which
 * then makes no call per relocation to ask the table: its frame and
 * stack-protector check were a tenth of a lookup.
 */
#ifndef LDSO_SYMTABLE_H
#define LDSO_SYMTABLE_H

/*
 * A slot: three bytes, read as the low ones of a little-endian word: from
 * the lowest bit, 4 bits of the name's hash, the symbol's index in its
 * part (12 bits), the part number + 1 (8 bits; 0: the slot is empty).
 * Each field is taken with a mask that leaves out the word's fourth byte
 * (the next slot's), so the word is used as read.  A part is up to
 * PART_SYMBOLS of one object's hashed symbols, so an object of more takes
 * several.  The fields lie so that a probe pays no instruction more than
 * for four-byte slots: the tag and the index's byte offset in the part's
 * symbols (on 32-bit CPUs) are one mask each, the part a shift and one.  The
 * hash bits let a probe pass over another name's slot without reading
 * that name: at 80 % full, a lookup meets one or two such slots, each two
 * cache misses in another object's tables.  Three bytes, not four: at 20
 * objects of 1,000 symbols the table took 32 pages, now 24, each a page
 * fault.  More than MAX_PARTS parts in a scope, and it gets no table.
 */
#define TAG_BITS 4
#define INDEX_SHIFT TAG_BITS
#define INDEX_BITS 12
#define PART_SHIFT (INDEX_SHIFT + INDEX_BITS)
#define PART_SYMBOLS (1u << INDEX_BITS)
#define MAX_PARTS 255
#define SLOT_BYTES 3

/* A part of a table: up to PART_SYMBOLS hashed symbols of one object. */
struct table_part {
	struct dso *object;
	const Elf_Sym *syms;		/* the part's first symbol */
};

/*
 * A table: the global scope's (one, while ldso_global_symtable), or a dlopen
 * group's (its local scope, owned by the group's root object).  Its
 * slot_count slots (a power of two) are each a probe's first; after them
 * come tail_count more, as many as the table ever holds names, so that
 * no probe runs past the last and none needs to wrap (symtable.c).  Room
 * for as many parts as it has, and a few more for the global table's
 * appends (symtable.c): at 255 parts, the header took a heap page more.
 */
struct ldso_symtable {
	unsigned char *slots;		/* tag, index, part + 1; 0 empty */
	size_t slot_count, tail_count, slot_used;
	unsigned slot_shift;		/* 32 - log2(slot_count) */
	size_t part_count, part_room;
	struct table_part parts[];	/* part_room of them */
};

/* The global scope's table, 0 while there is none (lookups walk). */
extern struct ldso_symtable *ldso_global_symtable;

/* Slot k's place. */
LDSO_HOT unsigned char *slot_at(const struct ldso_symtable *t, size_t k)
{
	return t->slots + k * SLOT_BYTES;
}

/* The word at a slot's place: its three bytes and the next slot's first
 * (the table ends a byte past its last slot, symtable.c). */
LDSO_HOT uint32_t slot_word(const unsigned char *s)
{
	uint32_t v;

	__builtin_memcpy(&v, s, sizeof(v));
	return v;
}

LDSO_HOT bool slot_empty(uint32_t word)
{
	return !(word & (0xffu << PART_SHIFT));
}

/* The - 1 in size_t, not in the 32 bits of word: then it folds into the
 * parts' address (one instruction a match less on 64-bit CPUs). */
LDSO_HOT size_t slot_part(uint32_t word)
{
	return (size_t)((word >> PART_SHIFT) & 0xff) - 1;
}

LDSO_HOT struct dso *slot_object(const struct ldso_symtable *t, uint32_t word)
{
	return t->parts[slot_part(word)].object;
}

LDSO_HOT const Elf_Sym *slot_symbol(const struct ldso_symtable *t,
				    uint32_t word)
{
	return t->parts[slot_part(word)].syms +
	       ((word >> INDEX_SHIFT) & (PART_SYMBOLS - 1));
}

/* A slot's hash bits: the low ones (first_slot takes the high ones). */
LDSO_HOT uint32_t hash_tag(uint32_t h)
{
	return h & ((1u << TAG_BITS) - 1);
}

/* Does the slot's tag differ from the hash bits hash_tag gave? */
LDSO_HOT bool other_tag(uint32_t word, uint32_t tag)
{
	return ((word ^ tag) & ((1u << TAG_BITS) - 1)) != 0;
}

/* The words at a + i and b + i equal. */
LDSO_HOT bool same_word_at(const char *a, const char *b, size_t i)
{
	uintptr_t u, v;

	__builtin_memcpy(&u, a + i, sizeof(u));
	__builtin_memcpy(&v, b + i, sizeof(v));
	return u == v;
}

/*
 * n bytes at a and b equal, a word at a time: the words from the start,
 * then one that ends at the last byte (it may overlap the one before).
 * On 32-bit CPUs, up to four words without a loop, the last two ending
 * at the last byte: most names compared are two to four such words long,
 * terminators included, and the loop took i386 30 instructions a lookup
 * at 100 objects, now 23 (bench/, large: 1.4 % of start-up).  On a
 * 64-bit CPU, which reads most names in one or two words, the same code
 * saved nothing at large and cost the dlopen workload 2 % more
 * instructions.  Fewer bytes than a word (a
 * name of up to six characters and its terminator): one word of each,
 * masked to the n bytes (the low ones: every CPU here is little-endian,
 * as ldso_name_hash assumes), when neither word leaves the 4 KiB block
 * where its first byte lies (name_word says why that read cannot fault);
 * the dlopen workload's names are that short, and comparing them a byte
 * at a time was 6 % of its instructions.  On 32-bit CPUs such a name has
 * at most two characters and the byte loop stays: the extra code inlined
 * in the lookup cost i386 1.5 % at medium.
 */
LDSO_HOT bool same_bytes(const char *a, const char *b, size_t n)
{
	const size_t w = sizeof(uintptr_t);
	uintptr_t u, v;
	size_t i;

	if (n < w) {
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
	if (sizeof(u) == 4 && n <= 2 * w)
		return same_word_at(a, b, 0) && same_word_at(a, b, n - w);
	if (sizeof(u) == 4 && n <= 4 * w)
		return same_word_at(a, b, 0) && same_word_at(a, b, w) &&
		       same_word_at(a, b, n - 2 * w) &&
		       same_word_at(a, b, n - w);
	for (i = 0; i + w < n; i += w)
		if (!same_word_at(a, b, i))
			return false;
	return same_word_at(a, b, n - w);
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
	size_t off = slot_symbol(t, slot)->st_name;

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
LDSO_HOT bool table_accepts(struct dso *d, const Elf_Sym *sym,
			    const char *version, int flags)
{
	if (sym->st_shndx == SHN_UNDEF && (flags & LOOKUP_FOR_PLT))
		return false;
	return !d->versym ||
	       ldso_version_ok(d, (size_t)(sym - d->symtab), version);
}

/*
 * The definitions of the name come in scope order along its probe
 * sequence, which ends at an empty slot.
 */
LDSO_HOT struct symbol_ref probe_from(const struct ldso_symtable *t,
				       const unsigned char *first,
				       const char *name, struct name_key key,
				       const char *version, int flags)
{
	struct symbol_ref ref = { 0, 0 };
	uint32_t tag = hash_tag(key.hash), slot;

	/* A pointer, not an index: on i386 the index and the table's start
	 * took two registers, and the relocation loop around went to the
	 * stack (1 % more instructions at medium). */
	for (const unsigned char *s = first; !slot_empty(slot = slot_word(s));
	     s += SLOT_BYTES) {
		struct dso *d;
		if (other_tag(slot, tag))
			continue;
		d = slot_object(t, slot);
		if (!same_name(t, slot, name, key.len) ||
		    ((flags & LOOKUP_SKIP_MAIN) && d->is_main) ||
		    !table_accepts(d, slot_symbol(t, slot), version, flags))
			continue;
		ref.sym = slot_symbol(t, slot);
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
	return probe_from(t, slot_at(t, first_slot(t, key.hash)), name, key,
			  version, flags);
}

#endif
