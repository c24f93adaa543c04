/*
 * Decoding an object's dynamic section.  Every pointer it holds is checked
 * to lie, with its whole extent, inside the object's PT_LOAD segments
 * before it is stored; every count is checked against the table it
 * counts.  The symbol count comes from the hash tables, so later symbol
 * indices can be checked against it.
 */
#include "ldso.h"

#define DT_FLAGS_1_INDEX DT_NUM		/* where the GNU tags go in vals[] */
#define DT_GNU_HASH_INDEX (DT_NUM + 1)
#define DT_VERSYM_INDEX (DT_NUM + 2)
#define DYN_SLOTS (DT_NUM + 3)
#define MAX_SYMBOLS (1u << 24)	/* more is refused as corrupt */

struct dyn_values {
	Elf_Addr v[DYN_SLOTS];
	bool has[DYN_SLOTS];
};

static void collect(struct dso *d, struct dyn_values *dv)
{
	memset(dv, 0, sizeof(*dv));
	for (size_t i = 0; i < d->dynamic_count; i++) {
		Elf_Dyn *e = &d->dynamic[i];
		long slot = -1;
		if (e->d_tag == DT_NULL)
			return;
		if (e->d_tag == DT_NEEDED)
			d->needed_count++;
		else if (e->d_tag >= 0 && e->d_tag < DT_NUM)
			slot = e->d_tag;
		else if (e->d_tag == DT_FLAGS_1)
			slot = DT_FLAGS_1_INDEX;
		else if (e->d_tag == DT_GNU_HASH)
			slot = DT_GNU_HASH_INDEX;
		else if (e->d_tag == DT_VERSYM)
			slot = DT_VERSYM_INDEX;
		if (slot >= 0) {
			dv->v[slot] = e->d_val;
			dv->has[slot] = true;
		}
	}
	ldso_fail(d->path, "dynamic section has no DT_NULL");
}

/*
 * Is [vaddr, vaddr + size) inside one readable PT_LOAD without PF_W?
 * The tables the loader checks here once and reads again later (symbols,
 * strings, hashes, versions, relocations) must be where no relocation
 * can rewrite them after the check; ld puts them all in read-only
 * segments.  (map.c keeps DT_TEXTREL relocations off them too.)
 */
static inline __attribute__((always_inline))
bool segment_holds(const Elf_Phdr *ph, Elf_Addr vaddr, size_t size)
{
	return vaddr >= ph->p_vaddr && size <= ph->p_memsz &&
	       vaddr - ph->p_vaddr <= ph->p_memsz - size;
}

/*
 * The segment that held the last table of the object being decoded
 * (ldso_decode_dynamic starts it at 0): ld puts the tables together, so
 * it is tried first, before the walk over the program headers.
 */
static const Elf_Phdr *last_readonly;

static const Elf_Phdr *readonly_segment(const struct dso *d, Elf_Addr vaddr,
					size_t size)
{
	for (size_t i = 0; i < d->phnum; i++) {
		const Elf_Phdr *ph = &d->phdr[i];
		if (ph->p_type == PT_LOAD && (ph->p_flags & PF_R) &&
		    !(ph->p_flags & PF_W) && segment_holds(ph, vaddr, size))
			return last_readonly = ph;
	}
	return 0;
}

static inline __attribute__((always_inline))
bool in_readonly(const struct dso *d, Elf_Addr vaddr, size_t size)
{
	return (last_readonly && segment_holds(last_readonly, vaddr, size)) ||
	       readonly_segment(d, vaddr, size);
}

/*
 * A table at link-time address vaddr of size bytes: checked, then biased.
 * It must be aligned for its entries (align, a power of two): C reads
 * them as typed words, and an unaligned typed access is undefined.
 * READ_ONLY: see in_readonly; arrays of pointers are relocated, so they
 * live in writable memory.
 */
#define READ_ONLY 1
#define WRITABLE_OK 0

static const void *table(struct dso *d, Elf_Addr vaddr, size_t size,
			 size_t align, int read_only, const char *what)
{
	if (vaddr & (align - 1))
		ldso_fail(d->path, "%s misaligned", what);
	/* A read-only table inside a read-only segment is in the image:
	 * the second walk over the headers only picks the message. */
	if (!(read_only && in_readonly(d, vaddr, size))) {
		if (!ldso_in_image(d, vaddr, size))
			ldso_fail(d->path, "%s outside the object", what);
		if (read_only)
			ldso_fail(d->path, "%s in a writable segment", what);
	}
	return (const void *)(d->base + vaddr);
}

static size_t count_gnu_symbols(struct dso *d, Elf_Addr vaddr)
{
	const uint32_t *h = table(d, vaddr, 16, sizeof(Elf_Addr), READ_ONLY,
				  "DT_GNU_HASH");
	uint32_t nbuckets = h[0], symoffset = h[1], bloom_size = h[2];
	uint32_t bloom_shift = h[3];
	size_t head = 16 + (size_t)bloom_size * sizeof(Elf_Addr) +
		      (size_t)nbuckets * 4;
	uint32_t max = 0;

	if (nbuckets == 0 || bloom_size == 0 ||
	    (bloom_size & (bloom_size - 1)) || nbuckets > (1u << 24) ||
	    bloom_size > (1u << 24) ||
	    bloom_shift >= 32)	/* lookup shifts the 32-bit hash by it */
		ldso_fail(d->path, "bad DT_GNU_HASH header");
	table(d, vaddr, head, sizeof(Elf_Addr), READ_ONLY, "DT_GNU_HASH");
	d->gnu_hash = h;
	d->gnu_bloom = (const Elf_Addr *)(h + 4);
	d->gnu_buckets = (const uint32_t *)(d->gnu_bloom + bloom_size);
	d->gnu_chain = d->gnu_buckets + nbuckets;
	for (uint32_t i = 0; i < nbuckets; i++) {
		if (d->gnu_buckets[i] && d->gnu_buckets[i] < symoffset)
			ldso_fail(d->path, "bad DT_GNU_HASH bucket");
		if (d->gnu_buckets[i] > max)
			max = d->gnu_buckets[i];
	}
	if (max == 0)
		return symoffset;
	/*
	 * Walk the last chain to its end, inside the read-only segment where
	 * it starts.  The walk stops at the symbol limit too: a chain running
	 * into a huge zero-filled tail reads zeros (no end bit) for billions
	 * of steps.  Then the whole chain array, from its first word, is
	 * checked as one table: the chains of lower buckets start before the
	 * last one, and a hole between two read-only segments there is
	 * PROT_NONE, where a lookup would fault.
	 */
	Elf_Addr chain = vaddr + head, at = chain + (Elf_Addr)(max - symoffset) * 4;
	const Elf_Phdr *ph = readonly_segment(d, at, 4);

	if (!ph) {
		table(d, at, 4, 4, READ_ONLY, "DT_GNU_HASH chain"); /* says why */
		ldso_fail(d->path, "bad DT_GNU_HASH chain");
	}
	for (uint32_t i = max; i < MAX_SYMBOLS &&
	     at - ph->p_vaddr <= ph->p_memsz - 4; i++, at += 4) {
		if (*(const uint32_t *)(d->base + at) & 1) {
			table(d, chain, ((size_t)i + 1 - symoffset) * 4, 4,
			      READ_ONLY, "DT_GNU_HASH chain");
			return (size_t)i + 1;
		}
	}
	ldso_fail(d->path, "bad DT_GNU_HASH chain");
}

static size_t count_sysv_symbols(struct dso *d, Elf_Addr vaddr)
{
	const uint32_t *h = table(d, vaddr, 8, 4, READ_ONLY, "DT_HASH");
	uint32_t nbucket = h[0], nchain = h[1];

	if (nbucket == 0 || nbucket > (1u << 24) || nchain > (1u << 24))
		ldso_fail(d->path, "bad DT_HASH header");
	table(d, vaddr, 8 + ((size_t)nbucket + nchain) * 4, 4, READ_ONLY,
	      "DT_HASH");
	d->hash = h;
	return nchain;
}

/*
 * DT_GNU_HASH counts only the symbols it hashes: undefined ones may lie
 * past its count (ld for i386 puts them after symoffset when nothing is
 * defined).  The gap from .dynsym to the next table the dynamic section
 * names bounds the count; use it when it lies inside the image.  GNU ld
 * puts .dynstr next, lld puts .gnu.hash between the two: taking the gap
 * to .dynstr there read the hash table as symbols, which dladdr could
 * then answer with (on i386, where a garbage value plus the bias wraps).
 */
static Elf_Addr next_table(const struct dyn_values *dv, Elf_Addr symtab)
{
	static const int tags[] = { DT_STRTAB, DT_HASH, DT_GNU_HASH_INDEX,
				    DT_VERSYM_INDEX, DT_RELA, DT_REL, DT_JMPREL };
	Elf_Addr next = 0;

	for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); i++) {
		Elf_Addr a = dv->v[tags[i]];
		if (dv->has[tags[i]] && a > symtab && (!next || a < next))
			next = a;
	}
	return next;
}

static void extend_symbol_count(struct dso *d, const struct dyn_values *dv)
{
	Elf_Addr symtab = dv->v[DT_SYMTAB], next = next_table(dv, symtab);
	size_t n;

	if (d->hash || !next)
		return;
	n = (next - symtab) / sizeof(Elf_Sym);
	if (n > d->nsyms && n <= (1u << 24) &&
	    ldso_in_image(d, symtab, n * sizeof(Elf_Sym)))
		d->nsyms = n;
}

/*
 * Can a word be read from any byte of the string table, the last one
 * included?  The bytes after it must then be readable: in the same 4 KiB
 * block as the last byte (pages are never smaller), or inside a readable
 * segment.  A table that ends at a page's end before a hole (a gap
 * between segments is unmapped or PROT_NONE) is not padded.
 */
static bool strtab_padded(const struct dso *d, Elf_Addr vaddr)
{
	uintptr_t last = (uintptr_t)d->strtab + d->strsz - 1;
	size_t more = sizeof(uintptr_t) - 1;

	if (!d->strtab_terminated)
		return false;
	return (last & ~(uintptr_t)4095) == ((last + more) & ~(uintptr_t)4095) ||
	       ldso_in_image(d, vaddr + d->strsz, more);
}

static void decode_symbols(struct dso *d, struct dyn_values *dv)
{
	Elf_Addr *v = dv->v;
	size_t gnu_end;

	if (!dv->has[DT_STRTAB] || !dv->has[DT_SYMTAB])
		ldso_fail(d->path, "no symbol or string table");
	if (v[DT_STRSZ] == 0)
		ldso_fail(d->path, "empty string table");
	d->strtab = table(d, v[DT_STRTAB], v[DT_STRSZ], 1, READ_ONLY,
			  "DT_STRTAB");
	d->strsz = v[DT_STRSZ];
	/* Proven once here instead of per string: the table is read-only
	 * (and kept out of reach of TEXTREL relocations), so it stays so. */
	d->strtab_terminated = d->strtab[d->strsz - 1] == 0;
	d->strtab_padded = strtab_padded(d, v[DT_STRTAB]);
	if (dv->has[DT_SYMENT] && v[DT_SYMENT] != sizeof(Elf_Sym))
		ldso_fail(d->path, "bad DT_SYMENT");
	if (dv->has[DT_GNU_HASH_INDEX])
		d->nsyms = count_gnu_symbols(d, v[DT_GNU_HASH_INDEX]);
	gnu_end = d->nsyms;
	/*
	 * With both tables, DT_HASH's nchain is the whole count: the GNU
	 * count may leave out undefined symbols (see extend_symbol_count).
	 * Either bound is safe, as the symbol table is checked against it.
	 */
	if (dv->has[DT_HASH]) {
		size_t n = count_sysv_symbols(d, v[DT_HASH]);
		if (!d->gnu_hash || n > d->nsyms)
			d->nsyms = n;
	}
	if (!d->gnu_hash && !d->hash)
		ldso_fail(d->path, "no DT_HASH or DT_GNU_HASH");
	extend_symbol_count(d, dv);
	if (d->nsyms > MAX_SYMBOLS)
		ldso_fail(d->path, "too many symbols");
	/*
	 * Lookups ask the GNU hash when there is one, and its chains end
	 * at its own count: a symbol past it (undefined ones, or what
	 * DT_HASH counts beyond it) is found by no lookup, here as in
	 * glibc.  The symbol table (symtable.c) holds no more.
	 */
	d->hashed_end = d->gnu_hash ? gnu_end : d->nsyms;
	d->symtab = table(d, v[DT_SYMTAB], d->nsyms * sizeof(Elf_Sym),
			  _Alignof(Elf_Sym), READ_ONLY, "DT_SYMTAB");
	if (dv->has[DT_VERSYM_INDEX])
		d->versym = table(d, v[DT_VERSYM_INDEX], d->nsyms * 2, 2,
				  READ_ONLY,
				  "DT_VERSYM");
}

static const Elf_Reloc *reloc_table(struct dso *d, Elf_Addr vaddr, size_t size,
				    const char *what)
{
	if (size % sizeof(Elf_Reloc))
		ldso_fail(d->path, "%s size not a multiple of its entry", what);
	if (size == 0)
		return 0;
	return table(d, vaddr, size, _Alignof(Elf_Reloc), READ_ONLY,
		     what);
}

static void decode_relocations(struct dso *d, struct dyn_values *dv)
{
	Elf_Addr *v = dv->v;

	if (v[ARCH_FOREIGN_RELOC_SIZE_TAG])
		ldso_fail(d->path, "relocations of the wrong format");
	d->rel = reloc_table(d, v[ARCH_RELOC_TAG], v[ARCH_RELOC_SIZE_TAG],
			     "relocation table");
	d->relsz = v[ARCH_RELOC_SIZE_TAG];
	if (v[DT_PLTRELSZ] && v[DT_PLTREL] != ARCH_RELOC_TAG)
		ldso_fail(d->path, "bad DT_PLTREL");
	d->jmprel = reloc_table(d, v[DT_JMPREL], v[DT_PLTRELSZ], "DT_JMPREL");
	d->jmprelsz = v[DT_PLTRELSZ];
	/*
	 * GNU ld for riscv64 makes DT_RELASZ cover .rela.plt too, which
	 * follows .rela.dyn: the JUMP_SLOTs are DT_JMPREL's, as glibc reads
	 * them, or a lazy slot would be bound before it could wait.
	 */
	if (d->jmprelsz && v[DT_JMPREL] >= v[ARCH_RELOC_TAG] &&
	    v[DT_JMPREL] + d->jmprelsz == v[ARCH_RELOC_TAG] + d->relsz)
		d->relsz -= d->jmprelsz;
	if (v[DT_RELRSZ] % sizeof(Elf_Addr))
		ldso_fail(d->path, "bad DT_RELRSZ");
	if (v[DT_RELRSZ])
		d->relr = table(d, v[DT_RELR], v[DT_RELRSZ], sizeof(Elf_Addr),
				READ_ONLY, "DT_RELR");
	d->relrsz = v[DT_RELRSZ];
}

static const Elf_Addr *array(struct dso *d, Elf_Addr vaddr, size_t size,
			     size_t *count, const char *what)
{
	if (size % sizeof(Elf_Addr))
		ldso_fail(d->path, "%s size not a multiple of a word", what);
	*count = size / sizeof(Elf_Addr);
	if (size == 0)
		return 0;
	return table(d, vaddr, size, sizeof(Elf_Addr), WRITABLE_OK, what);
}

static void decode_init_fini(struct dso *d, struct dyn_values *dv)
{
	Elf_Addr *v = dv->v;

	if (dv->has[DT_INIT] && v[DT_INIT]) {
		table(d, v[DT_INIT], 1, 1, WRITABLE_OK, "DT_INIT");
		d->init = d->base + v[DT_INIT];
	}
	if (dv->has[DT_FINI] && v[DT_FINI]) {
		table(d, v[DT_FINI], 1, 1, WRITABLE_OK, "DT_FINI");
		d->fini = d->base + v[DT_FINI];
	}
	d->init_array = array(d, v[DT_INIT_ARRAY], v[DT_INIT_ARRAYSZ],
			      &d->init_count, "DT_INIT_ARRAY");
	d->fini_array = array(d, v[DT_FINI_ARRAY], v[DT_FINI_ARRAYSZ],
			      &d->fini_count, "DT_FINI_ARRAY");
	d->preinit_array = array(d, v[DT_PREINIT_ARRAY], v[DT_PREINIT_ARRAYSZ],
				 &d->preinit_count, "DT_PREINIT_ARRAY");
}

/* A string of d's table, or 0 if the offset or the string runs out. */
const char *ldso_dso_string(const struct dso *d, size_t offset)
{
	if (offset >= d->strsz)
		return 0;
	if (!d->strtab_terminated &&
	    ldso_strnlen(d->strtab + offset, d->strsz - offset) ==
		    d->strsz - offset)
		return 0;
	return d->strtab + offset;
}

static const char *string_or_fail(struct dso *d, Elf_Addr offset,
				  const char *what)
{
	const char *s = ldso_dso_string(d, offset);

	if (!s)
		ldso_fail(d->path, "bad string offset in %s", what);
	return s;
}

/*
 * Read first, a page of a private file mapping is mapped from the file
 * (with its neighbours: the kernel's fault-around), and the first write
 * to it copies it in a second fault; written first, it is copied at once.
 * The dynamic section is read before anything else of its segment, so
 * its page is written first here when it is sure to be written anyway and
 * its neighbours gain nothing from being mapped early: when the section
 * shares its page with what follows it (the GOT, with GNU ld, gold and
 * lld), and the segment's file part ends in the next page (the GOT's
 * rest, .data and the start of .bss, cleared: written too).  That is a
 * small library: 21 of them opened a thousand times took 86 page faults a
 * round, and one fewer each.  Larger segments are left alone: a page they
 * only read would then fault on its own.  The loader's own section was
 * read long before.
 */
static void before_dynamic_read(struct dso *d)
{
	Elf_Addr start = (Elf_Addr)d->dynamic - d->base;
	Elf_Addr end = start + d->dynamic_count * sizeof(Elf_Dyn);
	const Elf_Phdr *ph;

	if (d->is_loader || !(ph = ldso_writable_segment(d, start, end - start)))
		return;
	if (ldso_page_down(end) == ldso_page_down(start) &&
	    end < ph->p_vaddr + ph->p_filesz &&
	    ph->p_vaddr + ph->p_filesz <= ldso_page_down(start) + 2 * ldso.page_size)
		arch_touch_for_write(d->dynamic);
}

/* The value of tag in d's dynamic section (its first), or 0 without one:
 * for the tags the loader reads only where it needs them. */
Elf_Addr ldso_dynamic_value(const struct dso *d, long tag)
{
	for (size_t i = 0; d->dynamic && i < d->dynamic_count; i++) {
		if (d->dynamic[i].d_tag == DT_NULL)
			break;
		if (d->dynamic[i].d_tag == tag)
			return d->dynamic[i].d_val;
	}
	return 0;
}

void ldso_decode_dynamic(struct dso *d)
{
	struct dyn_values dv;
	Elf_Addr *v = dv.v;

	if (!d->dynamic)
		return;
	before_dynamic_read(d);
	last_readonly = 0;
	collect(d, &dv);
	decode_symbols(d, &dv);
	decode_relocations(d, &dv);
	decode_init_fini(d, &dv);
	for (size_t i = 0; i < d->dynamic_count; i++) {
		if (d->dynamic[i].d_tag == DT_NULL)
			break;
		if (d->dynamic[i].d_tag == DT_NEEDED)
			string_or_fail(d, d->dynamic[i].d_val, "DT_NEEDED");
	}
	if (dv.has[DT_SONAME])
		d->soname = string_or_fail(d, v[DT_SONAME], "DT_SONAME");
	if (dv.has[DT_RPATH])
		d->rpath = string_or_fail(d, v[DT_RPATH], "DT_RPATH");
	if (dv.has[DT_RUNPATH])
		d->runpath = string_or_fail(d, v[DT_RUNPATH], "DT_RUNPATH");
	d->symbolic = dv.has[DT_SYMBOLIC] || (v[DT_FLAGS] & DF_SYMBOLIC);
	d->textrel = dv.has[DT_TEXTREL] || (v[DT_FLAGS] & DF_TEXTREL);
	d->static_tls = (v[DT_FLAGS] & DF_STATIC_TLS) != 0;
	d->bind_now = dv.has[DT_BIND_NOW] || (v[DT_FLAGS] & DF_BIND_NOW) ||
		      (v[DT_FLAGS_1_INDEX] & DF_1_NOW);
	d->plt_got = dv.has[DT_PLTGOT] ? v[DT_PLTGOT] : 0;	/* lazy.c checks it */
}
