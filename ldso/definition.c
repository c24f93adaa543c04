/*
 * What can be a definition: the two hash functions of ELF symbol tables.
 * The rules by which symbol i of an object may satisfy a reference
 * (binding, type, visibility, canonical PLT entries, versions), and the
 * names' hashes, are asked by the scope walk
 * (symbol.c) and the process-wide table (symtable.c) for every
 * candidate: they are inline in ldso.h, below both.
 */
#include "ldso.h"

uint32_t ldso_gnu_hash(const char *name)
{
	return ldso_gnu_hash_inline(name);
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
