/*
 * Malformed-ELF corpus generator (host tool, plain C, no libc extras).
 *
 *   gen ROLE IN OUTDIR SEED NMUTANTS
 *
 * ROLE is lib or prog.  IN is a valid object built by tests/corpus/build
 * (32- or 64-bit, little-endian: the class is read from IN).  For each
 * variant the generator writes OUTDIR/<name>/<basename of IN>, a copy of
 * IN with ONE structure corrupted, and prints a manifest line
 *
 *   <class> <name> <ways>[ refuse]
 *
 * where ways is "command" (run only as `ld.so ./prog`: the kernel would
 * parse the corrupted part itself) or "both" (also as PT_INTERP).  For a
 * library, ways says nothing: it is always loaded by the loader.
 * "refuse": the loader must answer with an error, not run it.  Every
 * targeted variant of a class the loader has a check for is marked so
 * (refused_class), unless may_run() said it is fine as it is: a check
 * that is removed or weakened then shows, even where no crash follows.
 *
 * Targeted variants corrupt one named field each; then NMUTANTS seeded
 * random mutants (xorshift64*, deterministic from SEED) flip bytes and
 * words inside one structure the loader parses.  The tables are found
 * as the loader finds them, through the dynamic section (find_tables),
 * so the generator works on whatever a linker emitted.  A class with
 * nothing to corrupt in IN (no DT_RELR, no PT_GNU_RELRO, ...) prints
 *
 *   <class> - skip <why>
 *
 * IN's machine (x86-64, i386, AArch64, RISC-V) only changes the COPY
 * relocation number and which other machines e_machine becomes.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- the input ---------------------------------------------------------- */

static unsigned char *orig, *buf;
static size_t orig_size, size;
static int is64;		/* ELFCLASS64 */
static size_t W;		/* word size: 8 or 4 */
static const char *role, *outdir, *base_name;
static int variants;

#define PT_LOAD 1
#define PT_DYNAMIC 2
#define PT_INTERP 3
#define PT_PHDR 6
#define PT_TLS 7
#define PT_GNU_RELRO 0x6474e552

static uint64_t get(size_t off, size_t n)
{
	uint64_t v = 0;

	if (off + n > size)
		return 0;
	for (size_t i = 0; i < n; i++)
		v |= (uint64_t)buf[off + i] << (8 * i);
	return v;
}

static void set(size_t off, size_t n, uint64_t v)
{
	if (off + n > size) {
		fprintf(stderr, "gen: write past the file at %zu\n", off);
		exit(1);
	}
	for (size_t i = 0; i < n; i++)
		buf[off + i] = (unsigned char)(v >> (8 * i));
}

/* Header fields: offsets for ELF64 and ELF32. */
#define EH(f64, f32) (is64 ? (f64) : (f32))
#define E_TYPE 16
#define E_MACHINE 18
#define E_VERSION 20
#define E_PHOFF EH(32, 28)
#define E_SHOFF EH(40, 32)
#define E_PHENTSIZE EH(54, 42)
#define E_PHNUM EH(56, 44)
#define E_SHENTSIZE EH(58, 46)
#define E_SHNUM EH(60, 48)
#define E_SHSTRNDX EH(62, 50)

/* Program header fields, relative to the entry. */
#define P_TYPE 0
#define P_FLAGS EH(4, 24)
#define P_OFFSET EH(8, 4)
#define P_VADDR EH(16, 8)
#define P_FILESZ EH(32, 16)
#define P_MEMSZ EH(40, 20)
#define P_ALIGN EH(48, 28)

static size_t phoff, phentsize, phnum;

static size_t ph(size_t i, size_t field) { return phoff + i * phentsize + field; }
static uint64_t ph_get(size_t i, size_t field)
{
	return get(ph(i, field), field == P_TYPE || field == P_FLAGS ? 4 : W);
}
static void ph_set(size_t i, size_t field, uint64_t v)
{
	set(ph(i, field), field == P_TYPE || field == P_FLAGS ? 4 : W, v);
}

/* Index of the n-th program header of a type, or -1. */
static long find_ph(uint32_t type, int n)
{
	for (size_t i = 0; i < phnum; i++)
		if (ph_get(i, P_TYPE) == type && n-- == 0)
			return (long)i;
	return -1;
}

/* A table of the valid input: its name, file offset and size. */
struct region {
	const char *name;
	size_t off, size;
};

/* ---- the dynamic section ------------------------------------------------ */

#define DT_NULL 0
#define DT_NEEDED 1
#define DT_PLTRELSZ 2
#define DT_HASH 4
#define DT_STRTAB 5
#define DT_SYMTAB 6
#define DT_RELA 7
#define DT_RELASZ 8
#define DT_STRSZ 10
#define DT_SYMENT 11
#define DT_INIT 12
#define DT_FINI 13
#define DT_SONAME 14
#define DT_RPATH 15
#define DT_REL 17
#define DT_RELSZ 18
#define DT_PLTREL 20
#define DT_DEBUG 21
#define DT_JMPREL 23
#define DT_INIT_ARRAY 25
#define DT_FINI_ARRAY 26
#define DT_INIT_ARRAYSZ 27
#define DT_FINI_ARRAYSZ 28
#define DT_RUNPATH 29
#define DT_RELRSZ 35
#define DT_RELR 36
#define DT_GNU_HASH 0x6ffffef5
#define DT_VERSYM 0x6ffffff0
#define DT_VERDEF 0x6ffffffc
#define DT_VERDEFNUM 0x6ffffffd
#define DT_VERNEED 0x6ffffffe
#define DT_VERNEEDNUM 0x6fffffff

static size_t dyn_off, dyn_count;	/* file offset of PT_DYNAMIC, entries */

/* File offset of the n-th entry with tag, or 0. */
static size_t dyn_find(uint64_t tag, int n)
{
	for (size_t i = 0; i < dyn_count; i++) {
		size_t e = dyn_off + i * 2 * W;
		uint64_t t = get(e, W);
		if (t == tag && n-- == 0)
			return e;
		if (t == DT_NULL)
			break;
	}
	return 0;
}

static uint64_t dyn_val(uint64_t tag)
{
	size_t e = dyn_find(tag, 0);

	return e ? get(e + W, W) : 0;
}

static void dyn_set(uint64_t tag, uint64_t v)
{
	size_t e = dyn_find(tag, 0);

	if (e)
		set(e + W, W, v);
}

/* One past the highest address any PT_LOAD covers. */
static uint64_t image_end(void)
{
	uint64_t end = 0;

	for (size_t i = 0; i < phnum; i++)
		if (ph_get(i, P_TYPE) == PT_LOAD &&
		    ph_get(i, P_VADDR) + ph_get(i, P_MEMSZ) > end)
			end = ph_get(i, P_VADDR) + ph_get(i, P_MEMSZ);
	return end;
}

/* File offset of a link-time address, or 0 if no segment's file data has it. */
static size_t vaddr_to_off(uint64_t va)
{
	for (size_t i = 0; i < phnum; i++) {
		uint64_t v = ph_get(i, P_VADDR), fs = ph_get(i, P_FILESZ);
		if (ph_get(i, P_TYPE) == PT_LOAD && va >= v && va - v < fs)
			return ph_get(i, P_OFFSET) + (va - v);
	}
	return 0;
}

/*
 * The tables the loader parses, found the way it finds them: through
 * PT_DYNAMIC's tags and the PT_LOAD that holds each address.  Never the
 * section headers: the loader does not read them, and each linker names,
 * orders and merges sections its own way.  Computed once from the valid
 * input; a table the object lacks has size 0.
 */
enum {
	T_DYNAMIC, T_DYNSYM, T_DYNSTR, T_HASH, T_GNU_HASH, T_REL, T_JMPREL,
	T_RELR, T_VERSYM, T_VERDEF, T_VERNEED, T_INIT_ARRAY, T_COUNT
};
static struct region tables[T_COUNT];
static size_t nsyms;		/* symbols, from the hash tables */

/* File bytes from a link-time address to the end of its segment's data. */
static size_t bytes_to_segment_end(uint64_t va)
{
	for (size_t i = 0; i < phnum; i++) {
		uint64_t v = ph_get(i, P_VADDR), fs = ph_get(i, P_FILESZ);
		if (ph_get(i, P_TYPE) == PT_LOAD && va >= v && va - v < fs)
			return fs - (va - v);
	}
	return 0;
}

static void set_table(int t, const char *name, uint64_t tag, uint64_t tsize)
{
	size_t off;

	if (!dyn_find(tag, 0) || !(off = vaddr_to_off(dyn_val(tag))))
		return;
	if (tsize > bytes_to_segment_end(dyn_val(tag)))
		tsize = bytes_to_segment_end(dyn_val(tag));
	tables[t] = (struct region){ name, off, tsize };
}

static size_t count_gnu_symbols(void);

/*
 * The symbol count as the loader derives it (dynamic.c): DT_HASH's
 * nchain; without DT_HASH, the end of the GNU hash table's last chain, or
 * more when the next table starts further on (the GNU count leaves out
 * undefined symbols, which a program's imports are).
 */
static size_t count_symbols(void)
{
	static const uint64_t tags[] = { DT_STRTAB, DT_HASH, DT_GNU_HASH, DT_VERSYM,
					 DT_RELA, DT_REL, DT_JMPREL };
	uint64_t symtab = dyn_val(DT_SYMTAB), next = 0;
	size_t n = count_gnu_symbols();

	if (dyn_find(DT_HASH, 0) && vaddr_to_off(dyn_val(DT_HASH)))
		return get(vaddr_to_off(dyn_val(DT_HASH)) + 4, 4);
	for (size_t i = 0; i < sizeof(tags) / sizeof(*tags); i++) {
		uint64_t a = dyn_val(tags[i]);
		if (dyn_find(tags[i], 0) && a > symtab && (!next || a < next))
			next = a;
	}
	if (next && (next - symtab) / (is64 ? 24 : 16) > n)
		n = (next - symtab) / (is64 ? 24 : 16);
	return n;
}

static size_t count_gnu_symbols(void)
{
	size_t g = vaddr_to_off(dyn_val(DT_GNU_HASH));

	if (!dyn_find(DT_GNU_HASH, 0) || !g)
		return 0;
	uint32_t nb = get(g, 4), symoffset = get(g + 4, 4), bloom = get(g + 8, 4);
	size_t buckets = g + 16 + W * bloom, chain = buckets + 4 * nb;
	uint32_t last = 0;
	for (uint32_t i = 0; i < nb; i++)
		if (get(buckets + 4 * i, 4) > last)
			last = get(buckets + 4 * i, 4);
	if (last < symoffset)
		return symoffset;
	while (chain + 4 * (last - symoffset) + 4 <= size &&
	       !(get(chain + 4 * (last - symoffset), 4) & 1))
		last++;
	return last + 1;
}

static void find_tables(void)
{
	size_t syment = is64 ? 24 : 16;
	long d = find_ph(PT_DYNAMIC, 0);

	tables[T_DYNAMIC] = (struct region){ ".dynamic", dyn_off,
					     (size_t)ph_get(d, P_FILESZ) };
	nsyms = count_symbols();
	set_table(T_DYNSYM, ".dynsym", DT_SYMTAB, nsyms * syment);
	set_table(T_DYNSTR, ".dynstr", DT_STRTAB, dyn_val(DT_STRSZ));
	if (dyn_find(DT_HASH, 0)) {
		size_t h = vaddr_to_off(dyn_val(DT_HASH));
		set_table(T_HASH, ".hash", DT_HASH,
			  h ? 8 + 4 * (get(h, 4) + get(h + 4, 4)) : 0);
	}
	if (dyn_find(DT_GNU_HASH, 0)) {
		size_t g = vaddr_to_off(dyn_val(DT_GNU_HASH));
		uint64_t symoffset = get(g + 4, 4);
		set_table(T_GNU_HASH, ".gnu.hash", DT_GNU_HASH,
			  16 + W * get(g + 8, 4) + 4 * get(g, 4) +
			  4 * (nsyms > symoffset ? nsyms - symoffset : 0));
	}
	if (is64)
		set_table(T_REL, ".rela.dyn", DT_RELA, dyn_val(DT_RELASZ));
	else
		set_table(T_REL, ".rel.dyn", DT_REL, dyn_val(DT_RELSZ));
	set_table(T_JMPREL, is64 ? ".rela.plt" : ".rel.plt", DT_JMPREL,
		  dyn_val(DT_PLTRELSZ));
	set_table(T_RELR, ".relr.dyn", DT_RELR, dyn_val(DT_RELRSZ));
	set_table(T_VERSYM, ".gnu.version", DT_VERSYM, 2 * nsyms);
	/* walked through their links, bounded by their segment */
	set_table(T_VERDEF, ".gnu.version_d", DT_VERDEF, ~(uint64_t)0);
	set_table(T_VERNEED, ".gnu.version_r", DT_VERNEED, ~(uint64_t)0);
	set_table(T_INIT_ARRAY, ".init_array", DT_INIT_ARRAY,
		  dyn_val(DT_INIT_ARRAYSZ));
}

/* The table t of the valid input, if it has one. */
static int find_table(int t, struct region *r)
{
	*r = tables[t];
	return r->size != 0;
}

/*
 * The machine the input is for: its COPY relocation type (aimed far
 * outside, it must be refused) and the other machines e_machine becomes.
 */
static uint16_t machine;
static unsigned copy_type(void)
{
	switch (machine) {
	case 183: return 1024;		/* R_AARCH64_COPY */
	case 243: return 4;		/* R_RISCV_COPY */
	default: return 5;		/* R_X86_64_COPY, R_386_COPY */
	}
}

/* ---- writing variants ---------------------------------------------------- */

static void reset(void)
{
	free(buf);
	buf = malloc(orig_size);
	memcpy(buf, orig, orig_size);
	size = orig_size;
}

/*
 * Classes whose targeted variants each break a rule a check of the loader
 * enforces (tests/corpus/README.md lists the checks).
 */
static int refused_class(const char *class)
{
	static const char *const classes[] = {
		"ident", "e_machine", "e_type", "e_phentsize", "e_phnum",
		"e_entry", "e_phoff", "pt_load", "pt_dynamic",
		"dyn_pointer", "dyn_size", "dyn_misc", "strtab", "string_offset",
		"reloc_target", "reloc_type", "reloc_symbol", "textrel", "relr",
		"gnu_hash", "pt_tls", "pt_relro",
	};

	for (size_t i = 0; i < sizeof(classes) / sizeof(*classes); i++)
		if (strcmp(class, classes[i]) == 0)
			return 1;
	return 0;
}

static int next_may_run;

/*
 * Classes that found nothing to corrupt in this object, and why: one
 * "<class> - skip <why>" manifest line each at the end, for those that
 * made no variant at all (tests/lib/corpus.sh reports them).
 */
#define MAX_CLASSES 64
static struct { const char *class, *why; int made; } classes[MAX_CLASSES];
static int nclasses;

static int class_slot(const char *class)
{
	for (int i = 0; i < nclasses; i++)
		if (strcmp(classes[i].class, class) == 0)
			return i;
	if (nclasses == MAX_CLASSES) {
		fprintf(stderr, "gen: too many classes\n");
		exit(1);
	}
	classes[nclasses].class = class;
	return nclasses++;
}

static void absent(const char *class, const char *why)
{
	int i = class_slot(class);

	if (!classes[i].why)
		classes[i].why = why;
}

static void print_skips(void)
{
	for (int i = 0; i < nclasses; i++)
		if (!classes[i].made && classes[i].why)
			printf("%s - skip %s\n", classes[i].class, classes[i].why);
}

/* The next variant is valid as it is (or harmless): it may run. */
static void may_run(void)
{
	next_may_run = 1;
}

static void emit(const char *class, const char *ways, const char *fmt, ...)
{
	char name[200], path[600];
	va_list ap;
	FILE *f;
	int refuse = refused_class(class) && !next_may_run;

	va_start(ap, fmt);
	vsnprintf(name, sizeof(name), fmt, ap);
	va_end(ap);
	snprintf(path, sizeof(path), "%s/%s", outdir, name);
	mkdir(path, 0755);
	snprintf(path, sizeof(path), "%s/%s/%s", outdir, name, base_name);
	if (!(f = fopen(path, "wb")) || fwrite(buf, 1, size, f) != size ||
	    fclose(f)) {
		perror(path);
		exit(1);
	}
	chmod(path, 0755);
	printf("%s %s %s%s\n", class, name, ways, refuse ? " refuse" : "");
	next_may_run = 0;
	classes[class_slot(class)].made++;
	variants++;
	reset();
}

/* Ways for a change the kernel does not look at (as PT_INTERP it maps
 * the program itself from the program headers). */
#define DYN_WAYS (strcmp(role, "prog") ? "command" : "both")

/* ---- targeted variants ---------------------------------------------------- */

static void ident_variants(void)
{
	static const struct { size_t off; uint8_t v; const char *what; } id[] = {
		{ 0, 0, "magic0" }, { 1, 'e', "magic1" }, { 2, 0, "magic2" },
		{ 3, 'G', "magic3" }, { 4, 0, "class-none" }, { 4, 3, "class-3" },
		{ 5, 0, "data-none" }, { 5, 2, "data-msb" }, { 5, 3, "data-3" },
		{ 6, 0, "version-0" }, { 6, 2, "version-2" },
	};
	for (size_t i = 0; i < sizeof(id) / sizeof(*id); i++) {
		buf[id[i].off] = id[i].v;
		emit("ident", "command", "ident-%s", id[i].what);
	}
	buf[4] = is64 ? 1 : 2;
	emit("ident", "command", "ident-class-other");
	set(E_VERSION, 4, 0);
	emit("ident", "command", "ident-e_version-0");
	set(E_VERSION, 4, 2);
	emit("ident", "command", "ident-e_version-2");
}

static void header_variants(void)
{
	static const uint16_t machines[] = { 0, 3, 62, 40, 183, 243, 0xffff };
	static const uint16_t types[] = { 0, 1, 2, 4, 0xfe00, 0xffff };

	for (size_t i = 0; i < sizeof(machines) / sizeof(*machines); i++) {
		if (machines[i] == machine)
			continue;
		set(E_MACHINE, 2, machines[i]);
		emit("e_machine", "command", "machine-%u", machines[i]);
	}
	for (size_t i = 0; i < sizeof(types) / sizeof(*types); i++) {
		if (types[i] == 3)
			continue;
		set(E_TYPE, 2, types[i]);
		if (types[i] == 2 && strcmp(role, "prog") == 0)
			may_run();	/* ET_EXEC is a valid program */
		emit("e_type", "command", "type-%u", types[i]);
	}
	static const uint16_t entsizes[] = { 0, 1, 31, 32, 55, 56, 64, 0xffff };
	for (size_t i = 0; i < sizeof(entsizes) / sizeof(*entsizes); i++) {
		if (entsizes[i] == phentsize)
			continue;
		set(E_PHENTSIZE, 2, entsizes[i]);
		emit("e_phentsize", "command", "phentsize-%u", entsizes[i]);
	}
	static const uint32_t nums[] = { 0, 1, 2, 513, 0xfffe, 0xffff };
	for (size_t i = 0; i < sizeof(nums) / sizeof(*nums); i++) {
		set(E_PHNUM, 2, nums[i]);
		emit("e_phnum", "command", "phnum-%u", nums[i]);
	}
	set(E_PHNUM, 2, phnum + 1);
	may_run();	/* one more header: zeros or the next bytes, PT_NULL or junk the loader ignores */
	emit("e_phnum", "command", "phnum-plus-1");
	/* e_entry: the kernel only passes it on (AT_ENTRY) to an interpreter */
	if (strcmp(role, "prog") == 0) {
		set(EH(24, 24), W, image_end() + 0x1000);
		emit("e_entry", "both", "entry-outside");
		set(EH(24, 24), W, ph_get(find_ph(PT_DYNAMIC, 0), P_VADDR));
		emit("e_entry", "both", "entry-in-data");
		set(EH(24, 24), W, is64 ? ~0ULL - 15 : 0xfffffff0);
		emit("e_entry", "both", "entry-max");
	}
	uint64_t offs[] = { size, size - 8, size - phentsize, size + 4096,
			    is64 ? ~0ULL - 7 : 0xfffffff8, is64 ? ~0ULL - 63 : 0xffffffc0,
			    is64 ? 1ULL << 63 : 0x80000000, 1, 0 };
	for (size_t i = 0; i < sizeof(offs) / sizeof(*offs); i++) {
		set(E_PHOFF, W, offs[i]);
		emit("e_phoff", "command", "phoff-%zu", i);
	}
}

static void load_variants(void)
{
	long l0 = find_ph(PT_LOAD, 0), l1 = find_ph(PT_LOAD, 1);
	long last = l0;
	/* huge: past the loader's span limit (2^46, 2^31); large: 1 TiB or
	 * 2 GiB, inside it, refused only when the kernel cannot map it (and
	 * slow under qemu-user, which tracks every page: native only) */
	uint64_t page = 4096, huge = is64 ? 1ULL << 47 : 0xfff00000;
	uint64_t large = is64 ? 1ULL << 40 : 0x7fff0000;

	for (int n = 1; find_ph(PT_LOAD, n) >= 0; n++)
		last = find_ph(PT_LOAD, n);
	if (l0 < 0 || l1 < 0)
		return;
	/* unsorted: swap the first two PT_LOAD entries */
	unsigned char tmp[64];
	memcpy(tmp, buf + ph(l0, 0), phentsize);
	memcpy(buf + ph(l0, 0), buf + ph(l1, 0), phentsize);
	memcpy(buf + ph(l1, 0), tmp, phentsize);
	emit("pt_load", "command", "load-unsorted");
	/* overlapping: the second starts inside the first, still congruent */
	ph_set(l1, P_VADDR, ph_get(l0, P_VADDR) + ph_get(l1, P_OFFSET) % page);
	emit("pt_load", "command", "load-overlap");
	ph_set(last, P_VADDR, ph_get(l0, P_VADDR) + ph_get(last, P_OFFSET) % page);
	emit("pt_load", "command", "load-last-overlaps-first");
	ph_set(l1, P_VADDR, ph_get(l1, P_VADDR) + 1);
	emit("pt_load", "command", "load-not-congruent");
	ph_set(l1, P_OFFSET, ph_get(l1, P_OFFSET) + 8);
	emit("pt_load", "command", "load-offset-not-congruent");
	ph_set(last, P_FILESZ, ph_get(last, P_MEMSZ) + 16);
	emit("pt_load", "command", "load-filesz-gt-memsz");
	ph_set(last, P_FILESZ, size - ph_get(last, P_OFFSET) + 1);
	ph_set(last, P_MEMSZ, size - ph_get(last, P_OFFSET) + 1);
	emit("pt_load", "command", "load-filesz-past-eof");
	ph_set(last, P_OFFSET, ((size + 2 * page) & ~(page - 1)) +
			       ph_get(last, P_OFFSET) % page);
	emit("pt_load", "command", "load-offset-past-eof");
	ph_set(last, P_OFFSET, (is64 ? ~0ULL : 0xffffffffULL) & ~(page - 1));
	ph_set(last, P_VADDR, ph_get(last, P_VADDR) & ~(page - 1));
	emit("pt_load", "command", "load-offset-huge");
	ph_set(last, P_FILESZ, is64 ? ~0ULL - 0x100 : 0xffffff00);
	ph_set(last, P_MEMSZ, is64 ? ~0ULL - 0x100 : 0xffffff00);
	emit("pt_load", "command", "load-filesz-huge");
	ph_set(last, P_MEMSZ, huge);
	emit("pt_load", "command", "load-memsz-huge");
	ph_set(last, P_MEMSZ, large);
	emit("pt_load_large", "command", "load-memsz-large");
	ph_set(last, P_MEMSZ, is64 ? ~0ULL - 0x10 : 0xfffffff0);
	emit("pt_load", "command", "load-memsz-wraps");
	ph_set(last, P_VADDR, ph_get(last, P_VADDR) + (is64 ? 1ULL << 47 : 0xc0000000));
	emit("pt_load", "command", "load-span-huge");
	ph_set(last, P_VADDR, (is64 ? ~0ULL : 0xffffffffULL) - page + 1 +
			      ph_get(last, P_OFFSET) % page);
	ph_set(last, P_MEMSZ, 2 * page);
	emit("pt_load", "command", "load-vaddr-wraps");
	ph_set(l0, P_MEMSZ, 0);
	ph_set(l0, P_FILESZ, 0);
	emit("pt_load", "command", "load-first-empty");
	for (size_t i = 0; i < phnum; i++)
		if (ph_get(i, P_TYPE) == PT_LOAD)
			ph_set(i, P_TYPE, 0);
	emit("pt_load", "command", "load-none");
	for (size_t i = 0; i < phnum; i++)
		if (ph_get(i, P_TYPE) == PT_LOAD)
			ph_set(i, P_FLAGS, 0);
	emit("pt_load", "command", "load-no-permissions");
	ph_set(l0, P_FLAGS, 1);	/* execute only: headers and tables unreadable */
	emit("pt_load", "command", "load-first-exec-only");
	ph_set(l0, P_FLAGS, 6);	/* the tables become writable by relocations */
	emit("pt_load", "command", "load-tables-writable");
}

static void dynamic_ph_variants(void)
{
	long d = find_ph(PT_DYNAMIC, 0);
	uint64_t end = image_end();

	if (d < 0)
		return;
	ph_set(d, P_VADDR, end + 0x10000);
	emit("pt_dynamic", "command", "dynamic-outside");
	ph_set(d, P_VADDR, end - 8);
	emit("pt_dynamic", "command", "dynamic-runs-past");
	ph_set(d, P_VADDR, ph_get(d, P_VADDR) + 4);
	emit("pt_dynamic", "command", "dynamic-misaligned");
	ph_set(d, P_FILESZ, 0);
	ph_set(d, P_MEMSZ, 0);
	emit("pt_dynamic", "command", "dynamic-size-0");
	ph_set(d, P_FILESZ, W);
	emit("pt_dynamic", "command", "dynamic-size-word");
	ph_set(d, P_FILESZ, is64 ? ~0ULL - 15 : 0xfffffff0);
	emit("pt_dynamic", "command", "dynamic-size-huge");
	ph_set(d, P_TYPE, 0);
	if (strcmp(role, "prog") == 0)
		may_run();	/* a static program, as far as the loader can tell */
	emit("pt_dynamic", "command", "dynamic-none");
	/* no DT_NULL: every terminator becomes DT_DEBUG */
	for (size_t i = 0; i < dyn_count; i++)
		if (get(dyn_off + i * 2 * W, W) == DT_NULL)
			set(dyn_off + i * 2 * W, W, DT_DEBUG);
	emit("pt_dynamic", DYN_WAYS, "dynamic-no-null");
}

/*
 * A table of one entry that starts where the image ends.  The entry's
 * bytes are zero (the file's bytes that fill the last page, zeroed
 * here; bss and the page's tail are zero anyway), and an entry of zeros
 * is harmless in every table: only the check that a table ends inside
 * its segment refuses this one.
 */
static void just_past(uint64_t tag, uint64_t size_tag, const char *name,
		      size_t align)
{
	uint64_t end = image_end();

	for (size_t i = 0; i < phnum; i++) {
		uint64_t v = ph_get(i, P_VADDR), off = ph_get(i, P_OFFSET);
		uint64_t fs = ph_get(i, P_FILESZ);
		if (ph_get(i, P_TYPE) != PT_LOAD ||
		    v + ph_get(i, P_MEMSZ) != end || fs != ph_get(i, P_MEMSZ))
			continue;
		if (off + fs + align > size)
			return;
		memset(buf + off + fs, 0, align);
	}
	dyn_set(tag, end);
	dyn_set(size_tag, align);
	emit("dyn_size", DYN_WAYS, "%s-size-just-past", name);
}

/* A pointer tag: outside, wrapping, misaligned; with its size tag: too big. */
static void pointer_variants(uint64_t tag, uint64_t size_tag, const char *name,
			     size_t align)
{
	uint64_t end = image_end(), ptr = dyn_val(tag);
	uint64_t maxw = is64 ? ~0ULL : 0xffffffffULL;

	if (!dyn_find(tag, 0))
		return;
	dyn_set(tag, end + 0x1000);
	emit("dyn_pointer", DYN_WAYS, "%s-outside", name);
	dyn_set(tag, end - align);
	may_run();	/* a table of one entry fits there */
	emit("dyn_pointer", DYN_WAYS, "%s-at-end", name);
	dyn_set(tag, maxw - 2 * align + 1);
	emit("dyn_pointer", DYN_WAYS, "%s-wraps", name);
	dyn_set(tag, 0);
	may_run();	/* 0 means none for some tags */
	emit("dyn_pointer", DYN_WAYS, "%s-zero", name);
	if (align > 1) {
		/* half an entry; but i386's 8-byte REL entries need only 4-byte
		 * alignment, so half of one is no misalignment there */
		size_t off = align / 2;
		if (off % (align < W ? align : W) == 0)
			off = (align < W ? align : W) / 2;
		dyn_set(tag, ptr + off);
		emit("dyn_pointer", DYN_WAYS, "%s-misaligned", name);
	}
	if (!size_tag || !dyn_find(size_tag, 0))
		return;
	dyn_set(size_tag, end - ptr + align);
	emit("dyn_size", DYN_WAYS, "%s-size-past-end", name);
	dyn_set(size_tag, maxw & ~(uint64_t)(align - 1));
	emit("dyn_size", DYN_WAYS, "%s-size-huge", name);
	dyn_set(size_tag, (maxw / 2 + 1) & ~(uint64_t)(align - 1));
	emit("dyn_size", DYN_WAYS, "%s-size-half", name);
	if (align > 1) {
		dyn_set(size_tag, dyn_val(size_tag) + 1);
		emit("dyn_size", DYN_WAYS, "%s-size-odd", name);
	}
	just_past(tag, size_tag, name, align);
}

/*
 * Does the loader need the string that ends at last_nul (the string
 * table's last)?  It must refuse a table that cuts or unterminates a
 * symbol's name or a DT_NEEDED, DT_SONAME, DT_RPATH or DT_RUNPATH; a
 * version's name it may drop (version.c: set_name), and mold puts one
 * last.
 */
static int last_string_needed(size_t stroff, size_t last_nul)
{
	static const uint64_t tags[] = { DT_NEEDED, DT_SONAME, DT_RPATH, DT_RUNPATH };
	size_t start = last_nul, syment = is64 ? 24 : 16;
	struct region sym;

	if (!stroff)
		return 1;
	while (start > 0 && get(stroff + start - 1, 1) != 0)
		start--;
	for (size_t t = 0; t < sizeof(tags) / sizeof(*tags); t++)
		for (int n = 0; dyn_find(tags[t], n); n++) {
			uint64_t v = get(dyn_find(tags[t], n) + W, W);
			if (v >= start && v <= last_nul)
				return 1;
		}
	if (!find_table(T_DYNSYM, &sym))
		return 1;
	for (size_t i = 1; i < nsyms; i++) {
		uint64_t v = get(sym.off + i * syment, 4);
		if (v >= start && v <= last_nul)
			return 1;
	}
	return 0;
}

static void dynamic_variants(void)
{
	size_t rel = is64 ? 24 : 8;
	uint64_t strsz = dyn_val(DT_STRSZ);
	uint64_t maxw = is64 ? ~0ULL : 0xffffffffULL;

	pointer_variants(DT_STRTAB, DT_STRSZ, "strtab", 1);
	pointer_variants(DT_SYMTAB, 0, "symtab", W);
	pointer_variants(DT_HASH, 0, "hash", 4);
	pointer_variants(DT_GNU_HASH, 0, "gnu_hash", W);
	pointer_variants(is64 ? DT_RELA : DT_REL, is64 ? DT_RELASZ : DT_RELSZ,
			 "rel", rel);
	pointer_variants(DT_JMPREL, DT_PLTRELSZ, "jmprel", rel);
	pointer_variants(DT_RELR, DT_RELRSZ, "relr", W);
	pointer_variants(DT_INIT_ARRAY, DT_INIT_ARRAYSZ, "init_array", W);
	pointer_variants(DT_FINI_ARRAY, DT_FINI_ARRAYSZ, "fini_array", W);
	pointer_variants(DT_VERSYM, 0, "versym", 2);
	pointer_variants(DT_INIT, 0, "init", 1);
	pointer_variants(DT_FINI, 0, "fini", 1);

	dyn_set(DT_STRSZ, 0);
	emit("strtab", DYN_WAYS, "strsz-0");
	dyn_set(DT_STRSZ, 0x7fffffff);
	emit("strtab", DYN_WAYS, "strsz-huge");
	dyn_set(DT_STRSZ, maxw);
	emit("strtab", DYN_WAYS, "strsz-max");
	/* The last string's terminator: some linkers (mold) pad the table
	 * with more zeros, which a cut of one byte would leave terminated. */
	size_t stroff = vaddr_to_off(dyn_val(DT_STRTAB)), last_nul = strsz - 1;
	while (stroff && last_nul > 0 && get(stroff + last_nul - 1, 1) == 0)
		last_nul--;
	int needed = last_string_needed(stroff, last_nul);
	dyn_set(DT_STRSZ, last_nul);
	if (!needed)
		may_run();
	emit("strtab", DYN_WAYS, "strsz-cuts-last-string");
	if (stroff) {
		for (size_t i = last_nul; i < strsz; i++)
			set(stroff + i, 1, 'x');
		if (!needed)
			may_run();
		emit("strtab", DYN_WAYS, "strtab-last-unterminated");
		memset(buf + stroff, 'x', strsz);
		emit("strtab", DYN_WAYS, "strtab-all-unterminated");
	}
	static const uint64_t str_tags[] = { DT_NEEDED, DT_SONAME, DT_RPATH, DT_RUNPATH };
	static const char *const str_names[] = { "needed", "soname", "rpath", "runpath" };
	for (size_t i = 0; i < 4; i++) {
		if (!dyn_find(str_tags[i], 0))
			continue;
		dyn_set(str_tags[i], strsz);
		emit("string_offset", DYN_WAYS, "%s-at-strsz", str_names[i]);
		dyn_set(str_tags[i], strsz + 100);
		emit("string_offset", DYN_WAYS, "%s-past-strsz", str_names[i]);
		dyn_set(str_tags[i], maxw);
		emit("string_offset", DYN_WAYS, "%s-max", str_names[i]);
		dyn_set(str_tags[i], strsz - 1);
		may_run();	/* the empty string before the table's end */
		emit("string_offset", DYN_WAYS, "%s-last-byte", str_names[i]);
	}
	/* symbol names: every symbol's st_name past the table, one at a time */
	size_t symoff = vaddr_to_off(dyn_val(DT_SYMTAB)), syment = is64 ? 24 : 16;
	struct region dynsym;
	if (!find_table(T_DYNSYM, &dynsym))
		absent("symbol_name", "no symbol count (neither hash table found)");
	if (symoff && find_table(T_DYNSYM, &dynsym)) {
		for (size_t i = 1; i < dynsym.size / syment && i < 12; i++) {
			set(symoff + i * syment, 4, strsz + i);
			emit("symbol_name", DYN_WAYS, "symname-%zu-past-strsz", i);
			set(symoff + i * syment, 4, 0xffffffff);
			emit("symbol_name", DYN_WAYS, "symname-%zu-max", i);
		}
	}
	/* optional tags: a linker may leave them out (no PLT: no DT_PLTREL) */
	if (dyn_find(DT_SYMENT, 0)) {
		dyn_set(DT_SYMENT, syment + 8);
		emit("dyn_misc", DYN_WAYS, "syment-wrong");
	}
	if (dyn_find(DT_PLTREL, 0)) {
		dyn_set(DT_PLTREL, is64 ? DT_REL : DT_RELA);
		emit("dyn_misc", DYN_WAYS, "pltrel-wrong");
	}
	size_t e = dyn_find(DT_DEBUG, 0) ? dyn_find(DT_DEBUG, 0) : dyn_find(DT_SYMENT, 0);
	if (e) {
		set(e, W, is64 ? DT_RELSZ : DT_RELASZ);
		set(e + W, W, rel);
		emit("dyn_misc", DYN_WAYS, "foreign-reloc-format");
	}
}

static void reloc_variants(int t, const char *name)
{
	struct region r;
	size_t rel = is64 ? 24 : 8, info = W;
	uint64_t maxw = is64 ? ~0ULL : 0xffffffffULL;

	if (!find_table(t, &r)) {
		absent("reloc_target", "no DT_REL(A) or DT_JMPREL table");
		absent("reloc_type", "no DT_REL(A) or DT_JMPREL table");
		absent("reloc_symbol", "no DT_REL(A) or DT_JMPREL table");
		return;
	}
	size_t n = r.size / rel, symbolic = n;
	for (size_t i = 0; i < n; i++)
		if ((is64 ? get(r.off + i * rel + info, W) >> 32
			  : get(r.off + i * rel + info, W) >> 8) != 0) {
			symbolic = i;
			break;
		}
	for (size_t i = 0; i < n && i < 16; i++) {
		size_t at = r.off + i * rel;
		uint64_t inf = get(at + info, W);
		uint64_t type = is64 ? inf & 0xffffffff : inf & 0xff;
		/* R_*_NONE (riscv64 GNU ld leaves one): its place and symbol
		 * are ignored, by every loader; only its type can be wrong */
		int none = type == 0 || (machine == 183 && type == 256);
		if (!none) {
			set(at, W, ph_get(0, P_VADDR) + 0x40);	/* the headers: read-only */
			emit("reloc_target", DYN_WAYS, "%s-%zu-target-readonly", name, i);
			set(at, W, image_end() + 0x1000);
			emit("reloc_target", DYN_WAYS, "%s-%zu-target-outside", name, i);
			set(at, W, maxw - 2);
			emit("reloc_target", DYN_WAYS, "%s-%zu-target-wraps", name, i);
			/* a word whose last byte is one past the image (a
			 * COPY's extent is its symbol's, not a word) */
			if (type != copy_type()) {
				set(at, W, image_end() - W + 1);
				emit("reloc_target", DYN_WAYS, "%s-%zu-target-straddles-end",
				     name, i);
			}
		}
		set(at + info, W, is64 ? (inf & ~0xffffffffULL) | 0xfe : (inf & ~0xffULL) | 0xfe);
		emit("reloc_type", DYN_WAYS, "%s-%zu-type-unknown", name, i);
		set(at + info, W, is64 ? (inf & ~0xffffffffULL) | 0x7fffffff : (inf & ~0xffULL) | 0x80);
		emit("reloc_type", DYN_WAYS, "%s-%zu-type-huge", name, i);
		/* a COPY aimed far outside the image */
		set(at, W, image_end() + 0x10000000);
		set(at + info, W, is64 ? (inf & ~0xffffffffULL) | copy_type()
				       : (inf & ~0xffULL) | copy_type());
		emit("reloc_target", DYN_WAYS, "%s-%zu-copy-outside", name, i);
		if (none)
			continue;
		set(at + info, W, is64 ? (0x1000000ULL << 32) | type : (0xffffffULL << 8) | type);
		emit("reloc_symbol", DYN_WAYS, "%s-%zu-symbol-huge", name, i);
		set(at + info, W, is64 ? (0xffffffffULL << 32) | type : (0xffffffULL << 8) | type);
		emit("reloc_symbol", DYN_WAYS, "%s-%zu-symbol-max", name, i);
	}
	if (symbolic < n) {
		size_t at = r.off + symbolic * rel;
		uint64_t inf = get(at + info, W);
		set(at + info, W, is64 ? ((uint64_t)nsyms << 32) | (inf & 0xffffffff)
				       : ((uint64_t)nsyms << 8) | (inf & 0xff));
		emit("reloc_symbol", DYN_WAYS, "%s-symbol-at-count", name);
	}
}

/*
 * DT_TEXTREL (in place of DT_SYMENT, which is optional) with the first
 * relocation aimed at a table the loader checked: the hash tables, the
 * symbols, the program headers.
 */
static void textrel_variants(void)
{
	static const char *const targets[] = { ".hash", ".gnu.hash", ".dynsym", ".dynstr" };
	static const uint64_t target_tags[] = { DT_HASH, DT_GNU_HASH, DT_SYMTAB, DT_STRTAB };
	struct region r;
	size_t e = dyn_find(DT_SYMENT, 0);

	if (!e) {
		absent("textrel", "no DT_SYMENT to turn into DT_TEXTREL");
		return;
	}
	if (!find_table(T_REL, &r)) {
		absent("textrel", is64 ? "no DT_RELA table" : "no DT_REL table");
		return;
	}
	for (size_t i = 0; i < sizeof(targets) / sizeof(*targets); i++) {
		uint64_t at = dyn_val(target_tags[i]);
		if (!dyn_find(target_tags[i], 0) || !at)
			continue;
		set(e, W, 22);	/* DT_TEXTREL */
		set(r.off, W, at);
		emit("textrel", DYN_WAYS, "textrel-into-%s", targets[i] + 1);
	}
	set(e, W, 22);
	set(r.off, W, get(E_PHOFF, W) + ph_get(0, P_VADDR) - ph_get(0, P_OFFSET) + P_MEMSZ);
	emit("textrel", DYN_WAYS, "textrel-into-phdrs");
}

static void relr_variants(void)
{
	struct region r;
	uint64_t maxw = is64 ? ~0ULL : 0xffffffffULL;

	if (!find_table(T_RELR, &r)) {
		absent("relr", "no DT_RELR (the linker packed no relative relocations)");
		return;
	}
	set(r.off, W, ph_get(0, P_VADDR) + 0x40);
	emit("relr", DYN_WAYS, "relr-readonly");
	set(r.off, W, image_end() + 0x1000);
	emit("relr", DYN_WAYS, "relr-outside");
	set(r.off, W, maxw - 1);
	emit("relr", DYN_WAYS, "relr-wraps");
	set(r.off, W, maxw);	/* a bitmap first: relocates from address 0 */
	emit("relr", DYN_WAYS, "relr-bitmap-first");
	set(r.off + r.size - W, W, maxw);
	emit("relr", DYN_WAYS, "relr-bitmap-all");
}

static void hash_variants(void)
{
	struct region h;

	if (!find_table(T_HASH, &h))
		absent("sysv_hash", "no DT_HASH (the linker's --hash-style)");
	if (find_table(T_HASH, &h)) {
		uint32_t nbucket = get(h.off, 4), nchain = get(h.off + 4, 4);
		size_t chain = h.off + 8 + 4 * nbucket;
		set(h.off, 4, 0);
		emit("sysv_hash", DYN_WAYS, "hash-nbucket-0");
		set(h.off, 4, 0xffffffff);
		emit("sysv_hash", DYN_WAYS, "hash-nbucket-max");
		set(h.off + 4, 4, 0);
		emit("sysv_hash", DYN_WAYS, "hash-nchain-0");
		set(h.off + 4, 4, 0xffffffff);
		emit("sysv_hash", DYN_WAYS, "hash-nchain-max");
		set(h.off + 4, 4, nchain + 1000);
		emit("sysv_hash", DYN_WAYS, "hash-nchain-past-end");
		for (uint32_t i = 0; i < nbucket; i++)
			set(h.off + 8 + 4 * i, 4, nchain + 5);
		emit("sysv_hash", DYN_WAYS, "hash-buckets-past-nchain");
		for (uint32_t i = 0; i < nchain; i++)
			set(chain + 4 * i, 4, nchain + i);
		emit("sysv_hash", DYN_WAYS, "hash-chains-past-nchain");
		for (uint32_t i = 0; i < nchain; i++)
			set(chain + 4 * i, 4, i);	/* each its own successor */
		emit("sysv_hash", DYN_WAYS, "hash-chains-self-cycle");
		for (uint32_t i = 0; i < nchain; i++)
			set(chain + 4 * i, 4, i + 1 < nchain ? i + 1 : 1);
		for (uint32_t i = 0; i < nbucket; i++)
			set(h.off + 8 + 4 * i, 4, 1);
		emit("sysv_hash", DYN_WAYS, "hash-chains-one-cycle");
	}
	if (!find_table(T_GNU_HASH, &h))
		absent("gnu_hash", "no DT_GNU_HASH (the linker's --hash-style)");
	if (find_table(T_GNU_HASH, &h)) {
		uint32_t nb = get(h.off, 4), symoffset = get(h.off + 4, 4);
		uint32_t bloom = get(h.off + 8, 4);
		size_t buckets = h.off + 16 + W * bloom, chain = buckets + 4 * nb;
		set(h.off, 4, 0);
		emit("gnu_hash", DYN_WAYS, "gnu-nbuckets-0");
		set(h.off, 4, 0xffffffff);
		emit("gnu_hash", DYN_WAYS, "gnu-nbuckets-max");
		set(h.off + 4, 4, 0xffffffff);
		emit("gnu_hash", DYN_WAYS, "gnu-symoffset-max");
		set(h.off + 4, 4, symoffset + 50);
		emit("gnu_hash", DYN_WAYS, "gnu-symoffset-past-buckets");
		set(h.off + 8, 4, 0);
		emit("gnu_hash", DYN_WAYS, "gnu-bloom-0");
		set(h.off + 8, 4, 3);
		emit("gnu_hash", DYN_WAYS, "gnu-bloom-not-power-of-2");
		set(h.off + 8, 4, 0x80000000);
		emit("gnu_hash", DYN_WAYS, "gnu-bloom-huge");
		set(h.off + 12, 4, 200);
		emit("gnu_hash", DYN_WAYS, "gnu-bloom-shift-huge");
		set(h.off + 12, 4, 32);	/* the first shift a 32-bit hash cannot take */
		emit("gnu_hash", DYN_WAYS, "gnu-bloom-shift-32");
		memset(buf + h.off + 16, 0xff, W * bloom);	/* every name passes */
		for (uint32_t i = 0; i < nb; i++)
			set(buckets + 4 * i, 4, 0x7fffffff);
		emit("gnu_hash", DYN_WAYS, "gnu-buckets-past-symbols");
		memset(buf + h.off + 16, 0xff, W * bloom);
		/* Every bucket but the highest (the last chain's, which the
		 * symbol count walks): only the bucket check refuses them. */
		int moved = 0;
		uint32_t top = 0;
		for (uint32_t i = 0; i < nb; i++)
			if (get(buckets + 4 * i, 4) > get(buckets + 4 * top, 4))
				top = i;
		for (uint32_t i = 0; i < nb; i++)
			if (i != top && get(buckets + 4 * i, 4)) {
				set(buckets + 4 * i, 4, symoffset ? symoffset - 1 : 0);
				moved = 1;
			}
		/* 0 is an empty bucket; a table with no hashed symbol (a
		 * program that exports nothing) or one chain has no bucket to
		 * move */
		if (symoffset <= 1 || !moved)
			may_run();
		emit("gnu_hash", DYN_WAYS, "gnu-buckets-below-symoffset");
		memset(buf + h.off + 16, 0xff, W * bloom);
		for (size_t at = chain; at + 4 <= h.off + h.size; at += 4)
			set(at, 4, get(at, 4) & ~1u);
		may_run();	/* the count stops at the symbol table's end */
		emit("gnu_hash", DYN_WAYS, "gnu-chain-unterminated");
	}
}

/*
 * Symbol versions: the indices that DT_VERDEF (vd_ndx) and DT_VERNEED
 * (vna_other) give their names, each set out of the range the version
 * table holds (version.c: set_name), and the tables' links and counts.
 * The library has DT_VERDEF, the program DT_VERNEED.
 */
static void set_verdef_ndx(struct region *r, uint16_t v)
{
	for (size_t at = r->off, n = 0; n < 64 && at + 20 <= r->off + r->size; n++) {
		set(at + 4, 2, v);
		if (!get(at + 16, 4))
			break;
		at += get(at + 16, 4);
	}
}

static void set_vernaux_other(struct region *r, uint16_t v)
{
	for (size_t at = r->off, n = 0; n < 64 && at + 16 <= r->off + r->size; n++) {
		size_t aux = at + get(at + 8, 4);
		for (size_t k = 0; k < get(at + 2, 2) && aux + 16 <= r->off + r->size; k++) {
			set(aux + 6, 2, v);
			if (!get(aux + 12, 4))
				break;
			aux += get(aux + 12, 4);
		}
		if (!get(at + 12, 4))
			break;
		at += get(at + 12, 4);
	}
}

static void version_variants(void)
{
	struct region r, vs = { 0, 0, 0 };
	uint16_t highest = 1;
	const char *w = DYN_WAYS;

	/* version.c sizes its table by the highest index .gnu.version uses. */
	if (find_table(T_VERSYM, &vs))
		for (size_t at = vs.off; at + 2 <= vs.off + vs.size; at += 2)
			if ((get(at, 2) & 0x7fff) > highest)
				highest = get(at, 2) & 0x7fff;
	uint16_t bad[] = { (uint16_t)(highest + 1), 0x1000, 0x7fff, 0xffff, 0 };
	const char *bad_name[] = { "count", "4096", "max", "max-hidden", "0" };

	if (!find_table(T_VERDEF, &r) && !find_table(T_VERNEED, &r))
		absent("version", "neither DT_VERDEF nor DT_VERNEED");
	if (find_table(T_VERDEF, &r)) {
		for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
			set_verdef_ndx(&r, bad[i]);
			emit("version", w, "verdef-ndx-%s", bad_name[i]);
		}
		set(r.off + 12, 4, 0xfffffff0);		/* vd_aux */
		emit("version", w, "verdef-aux-outside");
		set(r.off + 16, 4, 0x7ffffff0);		/* vd_next */
		emit("version", w, "verdef-next-outside");
		set(r.off + get(r.off + 12, 4), 4, 0xffffffff);	/* vda_name */
		emit("version", w, "verdaux-name-outside");
		dyn_set(DT_VERDEFNUM, 0xffffffff);
		emit("version", w, "verdefnum-huge");
		dyn_set(DT_VERDEF, image_end() + 0x1000);
		emit("version", w, "verdef-outside");
		dyn_set(DT_VERDEF, dyn_val(DT_VERDEF) + 1);
		emit("version", w, "verdef-misaligned");
	}
	if (find_table(T_VERNEED, &r)) {
		for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
			set_vernaux_other(&r, bad[i]);
			emit("version", w, "vernaux-other-%s", bad_name[i]);
		}
		set(r.off + 2, 2, 0xffff);		/* vn_cnt */
		emit("version", w, "verneed-cnt-huge");
		set(r.off + 8, 4, 0xfffffff0);		/* vn_aux */
		emit("version", w, "verneed-aux-outside");
		set(r.off + get(r.off + 8, 4) + 12, 4, 0x7ffffff0);	/* vna_next */
		set(r.off + 2, 2, 0xffff);
		emit("version", w, "vernaux-next-outside");
		set(r.off + get(r.off + 8, 4) + 8, 4, 0xffffffff);	/* vna_name */
		emit("version", w, "vernaux-name-outside");
		dyn_set(DT_VERNEEDNUM, 0xffffffff);
		emit("version", w, "verneednum-huge");
		dyn_set(DT_VERNEED, image_end() + 0x1000);
		emit("version", w, "verneed-outside");
	}
	if (vs.size) {
		for (size_t at = vs.off; at + 2 <= vs.off + vs.size; at += 2)
			if (get(at, 2) > 1)
				set(at, 2, 0x7fff);
		emit("version", w, "versym-max");
	}
}

static void tls_variants(void)
{
	long t = find_ph(PT_TLS, 0);
	uint64_t maxw = is64 ? ~0ULL : 0xffffffffULL;

	if (t < 0) {
		absent("pt_tls", "no PT_TLS");
		goto relro;
	}
	/* the kernel does not read PT_TLS */
	ph_set(t, P_ALIGN, 3);
	emit("pt_tls", "both", "tls-align-3");
	ph_set(t, P_ALIGN, 1u << 20);
	emit("pt_tls", "both", "tls-align-huge");
	ph_set(t, P_ALIGN, maxw & ~(maxw >> 1));
	emit("pt_tls", "both", "tls-align-top-bit");
	ph_set(t, P_MEMSZ, ph_get(t, P_FILESZ) ? ph_get(t, P_FILESZ) - 1 : 0);
	ph_set(t, P_FILESZ, ph_get(t, P_FILESZ) ? ph_get(t, P_FILESZ) : 1);
	emit("pt_tls", "both", "tls-memsz-lt-filesz");
	ph_set(t, P_MEMSZ, maxw - 8);
	emit("pt_tls", "both", "tls-memsz-huge");
	ph_set(t, P_FILESZ, 0x100000);
	ph_set(t, P_MEMSZ, 0x100000);
	emit("pt_tls", "both", "tls-filesz-past-image");
	ph_set(t, P_VADDR, image_end() + 0x1000);
	emit("pt_tls", "both", "tls-vaddr-outside");
relro:;
	long r = find_ph(PT_GNU_RELRO, 0);
	if (r < 0)
		absent("pt_relro", "no PT_GNU_RELRO (-z norelro)");
	if (r >= 0) {
		ph_set(r, P_VADDR, image_end() + 0x1000);
		emit("pt_relro", "both", "relro-outside");
		ph_set(r, P_MEMSZ, maxw - 0x1000);
		emit("pt_relro", "both", "relro-huge");
	}
}

/*
 * Is n, a length short of the headers' end, one of the boundaries where
 * the loader's checks turn: the ELF header's end, one byte either side,
 * and the last byte of the program headers?
 */
static bool header_boundary(size_t n, size_t headers)
{
	size_t ehsize = EH(64, 52);

	return (n + 1 >= ehsize && n <= ehsize + 1) || n + 1 == headers;
}

static void truncation_variants(void)
{
	size_t headers = phoff + phnum * phentsize;
	/* Every 8th length and the boundaries by default (the loader's checks
	 * turn only at the ELF header's end and the headers' end: the lengths
	 * between fail alike); CORPUS_TRUNC_STEP thins or thickens it. */
	const char *env = getenv("CORPUS_TRUNC_STEP");
	size_t step = env && *env ? strtoul(env, 0, 0) : 0;

	if (step == 0)
		step = 8;

	for (size_t n = 0; n < headers; n++) {
		if (n % step && !header_boundary(n, headers))
			continue;
		size = n;
		emit("truncated", "command", "truncated-%zu", n);
	}
	size_t cuts[] = { dyn_off, dyn_off + W, dyn_off + dyn_count * W,
			  (size_t)ph_get(find_ph(PT_LOAD, 1), P_OFFSET),
			  (size_t)ph_get(find_ph(PT_LOAD, 1), P_OFFSET) + 1,
			  orig_size / 2, orig_size - 1 };
	for (size_t i = 0; i < sizeof(cuts) / sizeof(*cuts); i++) {
		if (cuts[i] <= headers || cuts[i] >= orig_size)
			continue;
		size = cuts[i];
		emit("truncated", "command", "truncated-at-%zu", cuts[i]);
	}
}

/* ---- random mutants --------------------------------------------------------- */

static uint64_t rng;

static uint64_t next_random(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 2685821657736338717ULL;
}

static void mutants(int count)
{
	struct region regions[T_COUNT + 2];
	int n = 0;

	regions[n++] = (struct region){ "ehdr", 0, is64 ? 64 : 52 };
	regions[n++] = (struct region){ "phdr", phoff, phnum * phentsize };
	for (int t = 0; t < T_COUNT; t++)
		if (t != T_VERDEF && t != T_VERNEED && find_table(t, &regions[n]))
			n++;
	uint64_t interesting[] = { 0, 1, 0x7f, 0x80, 0xff, 0x1000, 0x7fffffff,
				   0x80000000, 0xffffffff, size, image_end(),
				   is64 ? ~0ULL : 0xffffffff, is64 ? 1ULL << 63 : 0 };
	for (int k = 0; k < count; k++) {
		struct region *r = &regions[next_random() % n];
		int edits = 1 + next_random() % 4;
		for (int e = 0; e < edits; e++) {
			size_t at = r->off + next_random() % r->size;
			switch (next_random() % 4) {
			case 0:
				buf[at] ^= 1u << (next_random() % 8);
				break;
			case 1:
				buf[at] = (unsigned char)next_random();
				break;
			default: {
				size_t w = next_random() % 2 ? 4 : W;
				at &= ~(w - 1);
				if (at + w <= r->off + r->size)
					set(at, w, interesting[next_random() %
						(sizeof(interesting) / sizeof(*interesting))]);
				break;
			}
			}
		}
		/* the kernel reads the ELF and program headers itself */
		emit("mutant", r->name[0] == '.' ? DYN_WAYS : "command",
		     "mutant-%03d-%s", k, r->name + (r->name[0] == '.'));
	}
}

/* ---- main --------------------------------------------------------------------- */

int main(int argc, char **argv)
{
	FILE *f;
	long n;

	if (argc != 6) {
		fprintf(stderr, "usage: gen lib|prog IN OUTDIR SEED NMUTANTS\n");
		return 2;
	}
	role = argv[1];
	outdir = argv[3];
	rng = strtoull(argv[4], 0, 0) | 1;
	base_name = strrchr(argv[2], '/') ? strrchr(argv[2], '/') + 1 : argv[2];
	if (!(f = fopen(argv[2], "rb")) || fseek(f, 0, SEEK_END) ||
	    (n = ftell(f)) < 64) {
		perror(argv[2]);
		return 1;
	}
	rewind(f);
	orig_size = (size_t)n;
	orig = malloc(orig_size);
	if (fread(orig, 1, orig_size, f) != orig_size)
		return 1;
	fclose(f);
	mkdir(outdir, 0755);
	reset();
	is64 = orig[4] == 2;
	W = is64 ? 8 : 4;
	phoff = get(E_PHOFF, W);
	phentsize = get(E_PHENTSIZE, 2);
	phnum = get(E_PHNUM, 2);
	long d = find_ph(PT_DYNAMIC, 0);
	if (d < 0) {
		fprintf(stderr, "gen: %s has no PT_DYNAMIC\n", argv[2]);
		return 1;
	}
	dyn_off = ph_get(d, P_OFFSET);
	dyn_count = ph_get(d, P_FILESZ) / (2 * W);
	machine = get(E_MACHINE, 2);
	find_tables();

	emit("valid", DYN_WAYS, "valid");
	ident_variants();
	header_variants();
	load_variants();
	dynamic_ph_variants();
	dynamic_variants();
	reloc_variants(T_REL, "rel");
	reloc_variants(T_JMPREL, "jmprel");
	relr_variants();
	textrel_variants();
	hash_variants();
	version_variants();
	tls_variants();
	truncation_variants();
	mutants(atoi(argv[5]));
	print_skips();
	fprintf(stderr, "gen: %s: %d variants\n", argv[2], variants);
	return 0;
}
