/*
 * What can be a definition: the two hash functions of ELF symbol tables,
 * and the rules by which symbol i of an object may satisfy a reference
 * (binding, type, visibility, canonical PLT entries, versions).  Both the
 * scope walk (symbol.c) and the process-wide table (symtable.c) ask these
 * questions, so they live below both.
 */
#include "ldso.h"

/* The GNU hash of name, and its length (the symbol table compares it). */
uint32_t ldso_gnu_hash_len(const char *name, size_t *len)
{
	const unsigned char *s = (const unsigned char *)name;
	uint32_t h = 5381;

	for (; *s; s++)
		h = h * 33 + *s;
	*len = (size_t)((const char *)s - name);
	return h;
}

uint32_t ldso_gnu_hash(const char *name)
{
	size_t len;

	return ldso_gnu_hash_len(name, &len);
}

uint32_t ldso_sysv_hash(const char *name)
{
	uint32_t h = 0, g;

	for (const unsigned char *s = (const unsigned char *)name; *s; s++) {
		h = (h << 4) + *s;
		g = h & 0xf0000000;
		if (g)
			h ^= g >> 24;
		h &= ~g;
	}
	return h;
}

/*
 * Can symbol i of d satisfy a reference from another object?  An
 * undefined symbol of a non-PIC executable with a value is its canonical
 * PLT entry: it is the function's address for everyone, except for the
 * JUMP_SLOT lookups that must find the real code.
 */
bool ldso_symbol_candidate(const struct dso *d, size_t i)
{
	const Elf_Sym *sym = &d->symtab[i];
	unsigned type = ST_TYPE(sym->st_info), bind = ST_BIND(sym->st_info);

	if (bind != STB_GLOBAL && bind != STB_WEAK && bind != STB_GNU_UNIQUE)
		return false;
	if (type != STT_NOTYPE && type != STT_OBJECT && type != STT_FUNC &&
	    type != STT_COMMON && type != STT_TLS && type != STT_GNU_IFUNC)
		return false;
	if (ST_VISIBILITY(sym->st_other) == STV_HIDDEN ||
	    ST_VISIBILITY(sym->st_other) == STV_INTERNAL)
		return false;
	return sym->st_shndx != SHN_UNDEF ||
	       (d->is_main && sym->st_value != 0 && type == STT_FUNC);
}

/* A candidate that this lookup (version, flags) accepts. */
bool ldso_symbol_accepts(struct dso *d, size_t i, const char *version,
			 int flags)
{
	if (!ldso_symbol_candidate(d, i))
		return false;
	if (d->symtab[i].st_shndx == SHN_UNDEF && (flags & LOOKUP_FOR_PLT))
		return false;
	return ldso_version_ok(d, i, version);
}
