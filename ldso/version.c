/*
 * Symbol versioning (GNU): the names behind version indices.
 *
 * Each object with DT_VERSYM gives every dynamic symbol a 16-bit index:
 * 0 local, 1 global (unversioned), 2 and up a version named in the
 * object's DT_VERDEF (versions it defines) or DT_VERNEED (versions it
 * requires of others); bit 15 marks a definition that is not the default
 * version.  A reference that names a version binds only to a definition
 * of that version (or to an unversioned one); a reference without one
 * binds only to a default (non-hidden) definition.  That is what lets
 * libc bind its own references to compatibility symbols like
 * _res@GLIBC_2.2.5, and what dlvsym would use.
 *
 * The tables come from the file: every entry, link and string is checked
 * to lie inside the object, and walks are bounded by the counts in the
 * dynamic section.  A malformed table just leaves names unknown.
 */
#include "ldso.h"

#define DT_VERDEF 0x6ffffffc
#define DT_VERDEFNUM 0x6ffffffd
#define DT_VERNEED 0x6ffffffe
#define DT_VERNEEDNUM 0x6fffffff
#define MAX_INDEX 0x7fff

struct verdef {
	uint16_t vd_version, vd_flags, vd_ndx, vd_cnt;
	uint32_t vd_hash, vd_aux, vd_next;
};

struct verdaux {
	uint32_t vda_name, vda_next;
};

struct verneed {
	uint16_t vn_version, vn_cnt;
	uint32_t vn_file, vn_aux, vn_next;
};

struct vernaux {
	uint32_t vna_hash;
	uint16_t vna_flags, vna_other;
	uint32_t vna_name, vna_next;
};

/* A struct of `size` bytes at link-time address vaddr, or 0. */
static const void *entry(const struct dso *d, Elf_Addr vaddr, size_t size)
{
	if (vaddr % 4 || !ldso_in_image(d, vaddr, size))
		return 0;
	return (const void *)(d->base + vaddr);
}

static void set_name(struct dso *d, unsigned index, uint32_t name)
{
	const char *s = ldso_dso_string(d, name);

	if (s && index <= MAX_INDEX && index < d->version_count)
		d->version_names[index] = s;
}

static void read_verdefs(struct dso *d, Elf_Addr at, size_t count)
{
	for (size_t n = 0; at && n < count; n++) {
		const struct verdef *vd = entry(d, at, sizeof(*vd));
		const struct verdaux *va;
		if (!vd || ldso_add_overflows(at, vd->vd_aux))
			return;
		va = entry(d, at + vd->vd_aux, sizeof(*va));
		if (va)
			set_name(d, vd->vd_ndx & MAX_INDEX, va->vda_name);
		if (!vd->vd_next || ldso_add_overflows(at, vd->vd_next))
			return;
		at += vd->vd_next;
	}
}

static void read_verneeds(struct dso *d, Elf_Addr at, size_t count)
{
	for (size_t n = 0; at && n < count; n++) {
		const struct verneed *vn = entry(d, at, sizeof(*vn));
		Elf_Addr aux;
		if (!vn || ldso_add_overflows(at, vn->vn_aux))
			return;
		aux = at + vn->vn_aux;
		for (size_t k = 0; k < vn->vn_cnt; k++) {
			const struct vernaux *va = entry(d, aux, sizeof(*va));
			if (!va)
				break;
			set_name(d, va->vna_other & MAX_INDEX, va->vna_name);
			if (!va->vna_next || ldso_add_overflows(aux, va->vna_next))
				break;
			aux += va->vna_next;
		}
		if (!vn->vn_next || ldso_add_overflows(at, vn->vn_next))
			return;
		at += vn->vn_next;
	}
}

/* The index -> name table of d, read on first use. */
static void read_versions(struct dso *d)
{
	size_t defs = ldso_dynamic_value(d, DT_VERDEFNUM);
	size_t needs = ldso_dynamic_value(d, DT_VERNEEDNUM);
	size_t highest = 1;

	d->versions_read = true;
	if (!d->versym)
		return;
	for (size_t i = 0; i < d->nsyms; i++)
		if ((d->versym[i] & MAX_INDEX) > highest)
			highest = d->versym[i] & MAX_INDEX;
	d->version_count = highest + 1;
	d->version_names = ldso_alloc(d->version_count * sizeof(char *));
	read_verdefs(d, ldso_dynamic_value(d, DT_VERDEF), defs);
	read_verneeds(d, ldso_dynamic_value(d, DT_VERNEED), needs);
}

/* Before stage 6's worker starts (worker.c): read on first use, by
 * whichever thread asked first, the table would be written by both. */
void ldso_versions_prepare(struct dso *d)
{
	if (!d->versions_read)
		read_versions(d);
}

static const char *version_name(struct dso *d, unsigned index)
{
	if (!d->versions_read)
		read_versions(d);
	return index < d->version_count ? d->version_names[index] : 0;
}

/* The version symbol i of d (a reference) asks for, or 0 for none. */
const char *ldso_version_wanted(struct dso *d, size_t i)
{
	unsigned index;

	if (!d->versym || i >= d->nsyms)
		return 0;
	index = d->versym[i] & MAX_INDEX;
	return index >= 2 ? version_name(d, index) : 0;
}

/* May definition i of d satisfy a reference wanting `want`? */
bool ldso_version_ok(struct dso *d, size_t i, const char *want)
{
	unsigned v, index;
	const char *have;

	if (!d->versym)
		return true;	/* an unversioned object satisfies anyone */
	v = d->versym[i];
	index = v & MAX_INDEX;
	if (index == 0)
		return false;	/* local */
	if (!want || index == 1)
		return !(v & 0x8000);
	have = version_name(d, index);
	return have && !ldso_strcmp(have, want);
}
