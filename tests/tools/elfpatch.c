/*
 * elfpatch FILE COMMAND ARGS...: edit a linked object in place, so that a
 * test can load an object the linker would not write.
 *
 *   visibility SYMBOL default|protected|hidden
 *       set st_other of SYMBOL's definitions in .dynsym.  GNU ld binds a
 *       library's references to its own protected symbols at link time;
 *       linked with default visibility and patched, the references stay
 *       relocations and reach the loader's rule.
 *   local-reference SYMBOL
 *       SYMBOL's undefined entries in .dynsym become STB_LOCAL, which no
 *       linker writes: a loader binds a local symbol to the referencing
 *       object itself (glibc and musl do: its base plus st_value, 0
 *       for an undefined one), never to a definition by that name.
 *   retag FROM TO
 *       the first .dynamic entry with tag FROM gets tag TO (value kept),
 *       e.g. DT_FLAGS_1 into DT_SYMBOLIC for a library linked without
 *       -Bsymbolic, whose references therefore stay relocations.
 *   setflag TAG BITS
 *       OR BITS into the value of the first .dynamic entry with tag TAG.
 *   hidden-first SYMBOL
 *       make SYMBOL's first definition in .dynsym a hidden (non-default)
 *       version by swapping it with the first hidden one: ld always puts
 *       the default version first.  The two have the same name, so the
 *       same hash: swapping their entries and their .gnu.version words
 *       keeps both hash tables valid.
 *   set-addend SYMBOL TYPE VALUE
 *       the addend of every dynamic relocation of type TYPE against
 *       SYMBOL becomes VALUE (r_addend for RELA, the word at the place for
 *       REL): compilers emit some relocations with addend 0 only.
 *   phdr TYPE FIELD VALUE
 *       set FIELD (vaddr, filesz, memsz, flags or align) of the first
 *       program header of type TYPE, e.g. to end PT_GNU_RELRO inside a
 *       page, which ld never does.
 *   rename-needed OLD NEW
 *       the .dynstr string OLD that a DT_NEEDED entry names becomes NEW
 *       (no longer than OLD), in place: every use of that string changes
 *       with it, the version-need file name included.  A program linked
 *       against glibc's loader can then be run with ours as that library.
 *   set-place SYMBOL TYPE VALUE
 *       the word at the place of every dynamic relocation of type TYPE
 *       against SYMBOL becomes VALUE, e.g. a JUMP_SLOT's link-time value,
 *       which the linker always points at its PLT entry.
 *   set-offset SYMBOL TYPE VALUE
 *       the place (r_offset) of every dynamic relocation of type TYPE
 *       against SYMBOL becomes VALUE, e.g. an address in the read-only
 *       headers, where no relocation may write.
 *   addends SYMBOL TYPE
 *       (changes nothing) print the addend of every dynamic relocation of
 *       type TYPE against SYMBOL, one per line: r_addend for RELA, the
 *       word at the place for REL, which readelf does not show.
 *   gnu-hash-hole PAD
 *       rewrite .gnu.hash (2 buckets, symoffset 1, a bloom word of ones)
 *       so that one chain starts in the page-sized hole after the hash
 *       table's segment and the last one in the next segment, read-only,
 *       where it ends at the first odd word; DT_SYMTAB becomes PAD, a
 *       zero array big enough for that symbol count.  Each end of the
 *       chain array is in a segment, its middle is not.
 *   strtab-at-hole NAME
 *       DT_STRTAB becomes a copy of the string table with NAME appended,
 *       placed so that it ends at the last byte of its segment's last
 *       page, before a page-sized hole (the segment grows to that page's
 *       end); NAME's symbols then name the last string.  A word read
 *       from the string's last bytes reaches into the hole.
 *   gnu-hash-drop-last
 *       end the GNU hash's chains before the last symbol of .dynsym (the
 *       chain before it gets the end bit, a bucket naming it is emptied),
 *       and print that symbol's name: it stays in .dynsym, and in DT_HASH
 *       when there is one, but no GNU hash lookup can find it.
 *
 * Numbers may be decimal or 0x-prefixed.  Host tool: the host's <elf.h>,
 * both classes; it works on section headers, which ld always writes.
 */
#include <elf.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static unsigned char *m;
static int is64;

static void die(const char *msg)
{
	fprintf(stderr, "elfpatch: %s\n", msg);
	exit(1);
}

/* Little-endian fields of either class, by offset. */
static uint64_t get(const unsigned char *p, int size)
{
	uint64_t v = 0;

	for (int i = size - 1; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

static void put(unsigned char *p, int size, uint64_t v)
{
	for (int i = 0; i < size; i++, v >>= 8)
		p[i] = (unsigned char)v;
}

struct section {
	unsigned char *at;
	uint64_t size, entsize;
	uint32_t type, link;
};

static int section_count(void)
{
	return (int)get(m + (is64 ? 60 : 48), 2);
}

static struct section section(int i)
{
	uint64_t shoff = get(m + (is64 ? 40 : 32), is64 ? 8 : 4);
	unsigned char *sh = m + shoff + (uint64_t)i * (is64 ? 64 : 40);
	struct section s;
	int w = is64 ? 8 : 4;

	s.type = (uint32_t)get(sh + 4, 4);
	s.at = m + get(sh + (is64 ? 24 : 16), w);
	s.size = get(sh + (is64 ? 32 : 20), w);
	s.link = (uint32_t)get(sh + (is64 ? 40 : 24), 4);
	s.entsize = get(sh + (is64 ? 56 : 36), w);
	return s;
}

static struct section find_section(uint32_t type)
{
	for (int i = 0; i < section_count(); i++) {
		struct section s = section(i);
		if (s.type == type)
			return s;
	}
	die("section not found");
	return section(0);
}

/* Offsets inside Elf32_Sym / Elf64_Sym. */
#define SYM_SIZE (is64 ? 24 : 16)
#define SYM_INFO (is64 ? 4 : 12)
#define SYM_OTHER (is64 ? 5 : 13)
#define SYM_SHNDX (is64 ? 6 : 14)

static const char *symbol_name(struct section dynsym, uint64_t i)
{
	struct section str = section((int)dynsym.link);

	return (const char *)str.at + get(dynsym.at + i * SYM_SIZE, 4);
}

static int is_definition(struct section dynsym, uint64_t i)
{
	return get(dynsym.at + i * SYM_SIZE + SYM_SHNDX, 2) != SHN_UNDEF;
}

static void set_visibility(const char *name, const char *vis)
{
	struct section dynsym = find_section(SHT_DYNSYM);
	unsigned v;
	int done = 0;

	if (!strcmp(vis, "default"))
		v = STV_DEFAULT;
	else if (!strcmp(vis, "protected"))
		v = STV_PROTECTED;
	else if (!strcmp(vis, "hidden"))
		v = STV_HIDDEN;
	else
		die("visibility: default, protected or hidden");
	for (uint64_t i = 1; i < dynsym.size / SYM_SIZE; i++) {
		unsigned char *other = dynsym.at + i * SYM_SIZE + SYM_OTHER;
		if (strcmp(symbol_name(dynsym, i), name) || !is_definition(dynsym, i))
			continue;
		*other = (unsigned char)((*other & ~3u) | v);
		done = 1;
	}
	if (!done)
		die("no such definition in .dynsym");
}

static void local_reference(const char *name)
{
	struct section dynsym = find_section(SHT_DYNSYM);
	int done = 0;

	for (uint64_t i = 1; i < dynsym.size / SYM_SIZE; i++) {
		unsigned char *info = dynsym.at + i * SYM_SIZE + SYM_INFO;
		if (strcmp(symbol_name(dynsym, i), name) || is_definition(dynsym, i))
			continue;
		*info = (unsigned char)(*info & 0xf);	/* STB_LOCAL is 0 */
		done = 1;
	}
	if (!done)
		die("no such reference in .dynsym");
}

static unsigned char *dynamic_entry(uint64_t tag)
{
	struct section dyn = find_section(SHT_DYNAMIC);
	int w = is64 ? 8 : 4;

	for (uint64_t off = 0; off + 2 * w <= dyn.size; off += 2 * w) {
		uint64_t t = get(dyn.at + off, w);
		if (t == tag)
			return dyn.at + off;
		if (t == DT_NULL)
			break;
	}
	die("no such tag in .dynamic");
	return 0;
}

static void swap_bytes(unsigned char *a, unsigned char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char t = a[i];
		a[i] = b[i];
		b[i] = t;
	}
}

static void hidden_first(const char *name)
{
	struct section dynsym = find_section(SHT_DYNSYM);
	struct section versym = find_section(SHT_GNU_versym);
	uint64_t first = 0, hidden = 0;

	for (uint64_t i = 1; i < dynsym.size / SYM_SIZE; i++) {
		if (strcmp(symbol_name(dynsym, i), name) || !is_definition(dynsym, i))
			continue;
		if (!first)
			first = i;
		if (!hidden && (get(versym.at + 2 * i, 2) & 0x8000))
			hidden = i;
	}
	if (!first || !hidden)
		die("hidden-first: no hidden version of that symbol");
	if (first == hidden)
		return;
	swap_bytes(dynsym.at + first * SYM_SIZE, dynsym.at + hidden * SYM_SIZE,
		   SYM_SIZE);
	swap_bytes(versym.at + 2 * first, versym.at + 2 * hidden, 2);
}

static void rename_needed(const char *old, const char *new)
{
	struct section dyn = find_section(SHT_DYNAMIC);
	struct section str = section((int)dyn.link);
	int w = is64 ? 8 : 4, done = 0;

	if (strlen(new) > strlen(old))
		die("rename-needed: the new name is longer than the old");
	for (uint64_t off = 0; off + 2 * w <= dyn.size; off += 2 * w) {
		uint64_t t = get(dyn.at + off, w), v = get(dyn.at + off + w, w);
		char *name;
		if (t == DT_NULL)
			break;
		if (t != DT_NEEDED || v >= str.size)
			continue;
		name = (char *)str.at + v;
		if (strcmp(name, old))
			continue;
		memset(name, 0, strlen(old));
		memcpy(name, new, strlen(new));
		done = 1;
	}
	if (!done)
		die("rename-needed: no DT_NEEDED of that name");
}

/* The file offset of link-time address vaddr, from the PT_LOAD headers. */
static unsigned char *at_vaddr(uint64_t vaddr)
{
	uint64_t phoff = get(m + (is64 ? 32 : 28), is64 ? 8 : 4);
	int phnum = (int)get(m + (is64 ? 56 : 44), 2), w = is64 ? 8 : 4;

	for (int i = 0; i < phnum; i++) {
		unsigned char *ph = m + phoff + (uint64_t)i * (is64 ? 56 : 32);
		uint64_t off = get(ph + (is64 ? 8 : 4), w);
		uint64_t va = get(ph + (is64 ? 16 : 8), w);
		uint64_t filesz = get(ph + (is64 ? 32 : 16), w);
		if (get(ph, 4) == PT_LOAD && vaddr >= va && vaddr - va < filesz)
			return m + off + (vaddr - va);
	}
	die("relocation place not in the file");
	return 0;
}

/* Print the addends (set is 0), or set them to value (1), or set the
 * words at the places instead (2), or the places themselves (3). */
static void addends(const char *name, uint64_t type, int set, int64_t value)
{
	struct section dynsym = find_section(SHT_DYNSYM);
	int w = is64 ? 8 : 4, found = 0;

	for (int i = 0; i < section_count(); i++) {
		struct section s = section(i);
		int rela = s.type == SHT_RELA;
		uint64_t entsize = rela ? 3 * w : 2 * w;
		if (s.type != SHT_RELA && s.type != SHT_REL)
			continue;
		for (uint64_t off = 0; off + entsize <= s.size; off += entsize) {
			uint64_t info = get(s.at + off + w, w);
			uint64_t sym = is64 ? info >> 32 : info >> 8;
			int64_t addend;
			if (!sym || (info & (is64 ? 0xffffffff : 0xff)) != type ||
			    strcmp(symbol_name(dynsym, sym), name))
				continue;
			found = 1;
			if (set == 3)
				put(s.at + off, w, (uint64_t)value);
			else if (set == 2)
				put(at_vaddr(get(s.at + off, w)), w, (uint64_t)value);
			else if (set && rela)
				put(s.at + off + 2 * w, w, (uint64_t)value);
			else if (set)
				put(at_vaddr(get(s.at + off, w)), 4, (uint64_t)value);
			if (set)
				continue;
			if (rela)
				addend = (int64_t)get(s.at + off + 2 * w, w);
			else
				addend = (int32_t)get(at_vaddr(get(s.at + off, w)), 4);
			printf("%lld\n", (long long)addend);
		}
	}
	if (!found)
		die("no relocation of that type against that symbol");
}

static void set_phdr(uint64_t type, const char *field, uint64_t value)
{
	uint64_t phoff = get(m + (is64 ? 32 : 28), is64 ? 8 : 4);
	int phnum = (int)get(m + (is64 ? 56 : 44), 2), w = is64 ? 8 : 4;
	static const struct { const char *name; int off64, off32, size64; } f[] = {
		{ "vaddr", 16, 8, 8 }, { "filesz", 32, 16, 8 }, { "memsz", 40, 20, 8 },
		{ "flags", 4, 24, 4 }, { "align", 48, 28, 8 },
	};

	for (int i = 0; i < phnum; i++) {
		unsigned char *ph = m + phoff + (uint64_t)i * (is64 ? 56 : 32);
		if (get(ph, 4) != type)
			continue;
		for (size_t k = 0; k < sizeof(f) / sizeof(f[0]); k++)
			if (!strcmp(field, f[k].name)) {
				put(ph + (is64 ? f[k].off64 : f[k].off32),
				    is64 ? f[k].size64 : w, value);
				return;
			}
		die("phdr: vaddr, filesz, memsz, flags or align");
	}
	die("no program header of that type");
}

/* The PT_LOAD holding vaddr, or the first one above it (above: 1). */
static unsigned char *load_at(uint64_t vaddr, int above)
{
	uint64_t phoff = get(m + (is64 ? 32 : 28), is64 ? 8 : 4);
	int phnum = (int)get(m + (is64 ? 56 : 44), 2), w = is64 ? 8 : 4;
	unsigned char *best = 0;

	for (int i = 0; i < phnum; i++) {
		unsigned char *ph = m + phoff + (uint64_t)i * (is64 ? 56 : 32);
		uint64_t va = get(ph + (is64 ? 16 : 8), w);
		uint64_t memsz = get(ph + (is64 ? 40 : 20), w);
		if (get(ph, 4) != PT_LOAD)
			continue;
		if (!above && vaddr >= va && vaddr - va < memsz)
			return ph;
		if (above && va >= vaddr &&
		    (!best || va < get(best + (is64 ? 16 : 8), w)))
			best = ph;
	}
	if (!best)
		die("no segment above the hole");
	return best;
}

static void gnu_hash_hole(const char *pad)
{
	struct section dynsym = find_section(SHT_DYNSYM);
	int w = is64 ? 8 : 4;
	uint64_t pad_at = 0, pad_size = 0, h, chain, hole, va2, end2, b0, b1, i;
	unsigned char *ph1, *ph2, *hdr;

	for (uint64_t k = 1; k < dynsym.size / SYM_SIZE; k++)
		if (!strcmp(symbol_name(dynsym, k), pad) && is_definition(dynsym, k)) {
			pad_at = get(dynsym.at + k * SYM_SIZE + (is64 ? 8 : 4), w);
			pad_size = get(dynsym.at + k * SYM_SIZE + (is64 ? 16 : 8), w);
		}
	if (!pad_at || pad_at % 8)
		die("gnu-hash-hole: no aligned definition of PAD");
	h = get(dynamic_entry(DT_GNU_HASH) + w, w);
	ph1 = load_at(h, 0);
	hole = (get(ph1 + (is64 ? 16 : 8), w) + get(ph1 + (is64 ? 40 : 20), w) +
		0xfff) & ~(uint64_t)0xfff;
	ph2 = load_at(hole, 1);
	va2 = get(ph2 + (is64 ? 16 : 8), w);
	end2 = va2 + get(ph2 + (is64 ? 32 : 16), w);
	if (va2 < hole + 0x1000 || (get(ph2 + (is64 ? 4 : 24), 4) & PF_W))
		die("gnu-hash-hole: no page-sized hole before a read-only segment");
	chain = h + 16 + w + 8;		/* header, one bloom word, two buckets */
	b0 = 1 + (hole - chain + 3) / 4;
	b1 = 1 + (va2 - chain + 3) / 4;
	for (i = b1; chain + (i - 1) * 4 + 4 <= end2; i++)
		if (get(at_vaddr(chain + (i - 1) * 4), 4) & 1)
			break;
	if (chain + (i - 1) * 4 + 4 > end2)
		die("gnu-hash-hole: no odd word to end the chain");
	if ((i + 1) * SYM_SIZE > pad_size)
		die("gnu-hash-hole: PAD is too small for the symbol count");
	hdr = at_vaddr(h);
	put(hdr, 4, 2);			/* nbuckets */
	put(hdr + 4, 4, 1);		/* symoffset */
	put(hdr + 8, 4, 1);		/* bloom words */
	put(hdr + 12, 4, 0);		/* bloom shift */
	put(hdr + 16, w, ~(uint64_t)0);
	put(hdr + 16 + w, 4, b0);
	put(hdr + 20 + w, 4, b1);
	put(dynamic_entry(DT_SYMTAB) + w, w, pad_at);
	printf("buckets %llu %llu, %llu symbols\n", (unsigned long long)b0,
	       (unsigned long long)b1, (unsigned long long)i + 1);
}

/* A program header's fields. */
#define PH_OFFSET(ph) get((ph) + (is64 ? 8 : 4), is64 ? 8 : 4)
#define PH_VADDR(ph) get((ph) + (is64 ? 16 : 8), is64 ? 8 : 4)
#define PH_FILESZ(ph) ((ph) + (is64 ? 32 : 16))
#define PH_MEMSZ(ph) ((ph) + (is64 ? 40 : 20))

static void strtab_at_hole(const char *name)
{
	struct section dynsym = find_section(SHT_DYNSYM);
	int w = is64 ? 8 : 4, found = 0;
	uint64_t str = get(dynamic_entry(DT_STRTAB) + w, w);
	uint64_t size = get(dynamic_entry(DT_STRSZ) + w, w);
	uint64_t len = strlen(name) + 1, va1, end1, hole, at, off;
	unsigned char *ph1 = load_at(str, 0), *ph2;

	va1 = PH_VADDR(ph1);
	end1 = va1 + get(PH_FILESZ(ph1), w);
	if (get(PH_MEMSZ(ph1), w) != get(PH_FILESZ(ph1), w))
		die("strtab-at-hole: the table's segment has bss");
	hole = (end1 + 0xfff) & ~(uint64_t)0xfff;
	ph2 = load_at(hole, 1);
	if (PH_VADDR(ph2) < hole + 0x1000)
		die("strtab-at-hole: no page-sized hole after the table's segment");
	at = hole - size - len;
	off = PH_OFFSET(ph1) + (at - va1);
	if (at < end1 || off + size + len > PH_OFFSET(ph2))
		die("strtab-at-hole: no room before the hole");
	for (uint64_t i = 1; i < dynsym.size / SYM_SIZE; i++)
		if (!strcmp(symbol_name(dynsym, i), name)) {
			put(dynsym.at + i * SYM_SIZE, 4, size);
			found = 1;
		}
	if (!found)
		die("strtab-at-hole: no symbol of that name");
	memcpy(m + off, at_vaddr(str), size);
	memcpy(m + off + size, name, len);
	put(dynamic_entry(DT_STRTAB) + w, w, at);
	put(dynamic_entry(DT_STRSZ) + w, w, size + len);
	put(PH_FILESZ(ph1), w, hole - va1);
	put(PH_MEMSZ(ph1), w, hole - va1);
}

static void gnu_hash_drop_last(void)
{
	struct section dynsym = find_section(SHT_DYNSYM);
	int w = is64 ? 8 : 4;
	unsigned char *h = at_vaddr(get(dynamic_entry(DT_GNU_HASH) + w, w));
	uint64_t nbuckets = get(h, 4), symoffset = get(h + 4, 4);
	unsigned char *buckets = h + 16 + get(h + 8, 4) * w;
	unsigned char *chain = buckets + 4 * nbuckets;
	uint64_t last = dynsym.size / SYM_SIZE - 1;

	if (last <= symoffset)
		die("gnu-hash-drop-last: fewer than two hashed symbols");
	for (uint64_t i = 0; i < nbuckets; i++)
		if (get(buckets + 4 * i, 4) == last)
			put(buckets + 4 * i, 4, 0);
	put(chain + 4 * (last - 1 - symoffset), 4,
	    get(chain + 4 * (last - 1 - symoffset), 4) | 1);
	printf("%s\n", symbol_name(dynsym, last));
}

int main(int argc, char **argv)
{
	struct stat st;
	int fd, w;

	if (argc < 3)
		die("usage: elfpatch FILE visibility|local-reference|retag|setflag|hidden-first|set-addend|set-place|set-offset|phdr|rename-needed|addends|gnu-hash-hole|strtab-at-hole|gnu-hash-drop-last ARGS...");
	fd = open(argv[1], O_RDWR);
	if (fd < 0 || fstat(fd, &st) < 0)
		die("cannot open file");
	m = mmap(0, st.st_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (m == MAP_FAILED)
		die("cannot map file");
	if (memcmp(m, ELFMAG, SELFMAG))
		die("not an ELF file");
	is64 = m[EI_CLASS] == ELFCLASS64;
	w = is64 ? 8 : 4;
	if (!strcmp(argv[2], "visibility") && argc == 5)
		set_visibility(argv[3], argv[4]);
	else if (!strcmp(argv[2], "local-reference") && argc == 4)
		local_reference(argv[3]);
	else if (!strcmp(argv[2], "retag") && argc == 5)
		put(dynamic_entry(strtoull(argv[3], 0, 0)), w, strtoull(argv[4], 0, 0));
	else if (!strcmp(argv[2], "setflag") && argc == 5) {
		unsigned char *e = dynamic_entry(strtoull(argv[3], 0, 0));
		put(e + w, w, get(e + w, w) | strtoull(argv[4], 0, 0));
	} else if (!strcmp(argv[2], "hidden-first") && argc == 4)
		hidden_first(argv[3]);
	else if (!strcmp(argv[2], "phdr") && argc == 6)
		set_phdr(strtoull(argv[3], 0, 0), argv[4], strtoull(argv[5], 0, 0));
	else if (!strcmp(argv[2], "rename-needed") && argc == 5)
		rename_needed(argv[3], argv[4]);
	else if (!strcmp(argv[2], "addends") && argc == 5)
		addends(argv[3], strtoull(argv[4], 0, 0), 0, 0);
	else if (!strcmp(argv[2], "gnu-hash-drop-last") && argc == 3)
		gnu_hash_drop_last();
	else if (!strcmp(argv[2], "strtab-at-hole") && argc == 4)
		strtab_at_hole(argv[3]);
	else if (!strcmp(argv[2], "gnu-hash-hole") && argc == 4)
		gnu_hash_hole(argv[3]);
	else if (!strcmp(argv[2], "set-place") && argc == 6)
		addends(argv[3], strtoull(argv[4], 0, 0), 2, strtoll(argv[5], 0, 0));
	else if (!strcmp(argv[2], "set-offset") && argc == 6)
		addends(argv[3], strtoull(argv[4], 0, 0), 3, strtoll(argv[5], 0, 0));
	else if (!strcmp(argv[2], "set-addend") && argc == 6)
		addends(argv[3], strtoull(argv[4], 0, 0), 1, strtoll(argv[5], 0, 0));
	else
		die("unknown command or wrong number of arguments");
	munmap(m, st.st_size);
	close(fd);
	return 0;
}
