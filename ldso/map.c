/*
 * Mapping objects: validate the ELF and program headers of a file, then
 * reserve the whole span once (the file mapped from the first segment's
 * offset) and give each PT_LOAD its permissions, mapping over the
 * reservation those it does not already show.  Also builds the dso of the kernel-mapped program and of
 * the loader itself.
 *
 * Every value read from the file is checked here before it is used:
 * header sizes, the program-header table's place in the file, and each
 * PT_LOAD (sorted, page-congruent, file data inside the file, filesz <=
 * memsz, a sane total span).  A failure is one line and exit 127.
 */
#include "ldso.h"

#define S_IFMT 0170000
#define S_IFREG 0100000
#define MAX_PHNUM 512

static bool elf_ident_ok(const Elf_Ehdr *eh, const char *path, bool fatal,
			 const char **why)
{
	const unsigned char *id = eh->e_ident;

	*why = 0;
	if (id[0] != 0x7f || id[1] != 'E' || id[2] != 'L' || id[3] != 'F')
		*why = "not an ELF file";
	else if (id[EI_CLASS] != ARCH_ELF_CLASS)
		*why = id[EI_CLASS] == ELFCLASS32 || id[EI_CLASS] == ELFCLASS64
			? "wrong ELF class: not " ARCH_NAME
			: "invalid ELF class";
	else if (id[EI_DATA] != ELFDATA2LSB)
		*why = "wrong ELF data encoding";
	else if (id[EI_VERSION] != EV_CURRENT || eh->e_version != EV_CURRENT)
		*why = "unknown ELF version";
	else if (eh->e_machine != ARCH_ELF_MACHINE)
		*why = "wrong machine: not " ARCH_NAME;
	if (*why && fatal)
		ldso_fail(path, "%s", *why);
	return *why == 0;
}

/*
 * Is [vaddr, vaddr + size) inside one PT_LOAD of d (link-time addresses)
 * whose p_flags include all of `need`?  A segment without PF_R is mapped
 * without PROT_READ, so a table there would fault when read: for reading,
 * it counts as outside the object.
 */
static bool in_segment(const struct dso *d, Elf_Addr vaddr, size_t size,
		       unsigned need)
{
	for (size_t i = 0; i < d->phnum; i++) {
		const Elf_Phdr *ph = &d->phdr[i];
		if (ph->p_type != PT_LOAD)
			continue;
		if ((ph->p_flags & need) != need)
			continue;
		if (vaddr >= ph->p_vaddr && size <= ph->p_memsz &&
		    vaddr - ph->p_vaddr <= ph->p_memsz - size)
			return true;
	}
	return false;
}

bool ldso_in_image(const struct dso *d, Elf_Addr vaddr, size_t size)
{
	return in_segment(d, vaddr, size, PF_R);
}

/* Is vaddr in one of d's executable segments? */
bool ldso_in_code(const struct dso *d, Elf_Addr vaddr)
{
	return in_segment(d, vaddr, 1, PF_X);
}

/* Do [a, a + an) and [b, b + bn) meet?  Both lie inside the image. */
static bool overlaps(Elf_Addr a, size_t an, Elf_Addr b, size_t bn)
{
	return an && bn && a < b + bn && b < a + an;
}

static size_t gnu_hash_size(const struct dso *d)
{
	const uint32_t *h = d->gnu_hash;
	size_t size = 16 + (size_t)h[2] * sizeof(Elf_Addr) + (size_t)h[0] * 4;

	return d->nsyms > h[1] ? size + (d->nsyms - h[1]) * 4 : size;
}

/*
 * Does [vaddr, vaddr + size) meet what the loader checked once and reads
 * again later: the mapped program headers, the symbol, string, hash,
 * version and relocation tables?  (dynamic.c keeps those out of writable
 * segments; only DT_TEXTREL makes their pages writable.)
 */
static bool touches_checked_tables(const struct dso *d, Elf_Addr vaddr,
				   size_t size)
{
	const struct {
		const void *at;
		size_t size;
	} t[] = {
		{ d->phdr, d->phnum * sizeof(Elf_Phdr) },
		{ d->strtab, d->strsz },
		{ d->symtab, d->nsyms * sizeof(Elf_Sym) },
		{ d->hash, d->hash ? (2 + (size_t)d->hash[0] + d->hash[1]) * 4 : 0 },
		{ d->gnu_hash, d->gnu_hash ? gnu_hash_size(d) : 0 },
		{ d->versym, d->versym ? d->nsyms * 2 : 0 },
		{ d->rel, d->relsz },
		{ d->jmprel, d->jmprelsz },
		{ d->relr, d->relrsz },
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (t[i].at && overlaps(vaddr, size,
					(Elf_Addr)t[i].at - d->base, t[i].size))
			return true;
	return false;
}

/*
 * A place relocations may write.  DT_TEXTREL makes every segment
 * writable while relocating, but never the tables the loader checked
 * before: a relocation that rewrote a hash table's bucket count or a
 * program header's p_memsz would undo those checks.
 */
/* The writable PT_LOAD that holds [vaddr, vaddr + size), or 0. */
const Elf_Phdr *ldso_writable_segment(const struct dso *d, Elf_Addr vaddr,
				      size_t size)
{
	for (size_t i = 0; i < d->phnum; i++) {
		const Elf_Phdr *ph = &d->phdr[i];
		if (ph->p_type == PT_LOAD && (ph->p_flags & PF_W) &&
		    vaddr >= ph->p_vaddr && size <= ph->p_memsz &&
		    vaddr - ph->p_vaddr <= ph->p_memsz - size)
			return ph;
	}
	return 0;
}

bool ldso_in_writable(const struct dso *d, Elf_Addr vaddr, size_t size)
{
	if (ldso_writable_segment(d, vaddr, size))
		return true;
	return d->textrel && in_segment(d, vaddr, size, 0) &&
	       !touches_checked_tables(d, vaddr, size);
}

/*
 * PT_GNU_RELRO: ldso_protect_relro makes its whole pages read-only, so
 * they must be pages of one PT_LOAD.  lld rounds p_memsz up to the next
 * page boundary, past that segment's p_memsz: the file part must lie in
 * the segment, the end only within its last page.
 */
static bool relro_ok(const struct dso *d)
{
	const Elf_Phdr *r = d->relro;

	if (!ldso_in_image(d, r->p_vaddr, r->p_filesz) ||
	    ldso_add_overflows(r->p_vaddr, r->p_memsz))
		return false;
	for (size_t i = 0; i < d->phnum; i++) {
		const Elf_Phdr *ph = &d->phdr[i];
		if (ph->p_type == PT_LOAD && r->p_vaddr >= ph->p_vaddr &&
		    r->p_vaddr - ph->p_vaddr < ph->p_memsz)
			return r->p_vaddr + r->p_memsz <=
			       ldso_page_up(ph->p_vaddr + ph->p_memsz);
	}
	return false;
}

/*
 * Check the program headers and note what the loader needs from them.
 * file_size is 0 for objects the kernel mapped (nothing to check against).
 */
static void scan_phdrs(struct dso *d, uint64_t file_size)
{
	Elf_Addr last_end = 0;
	bool have_load = false;

	for (size_t i = 0; i < d->phnum; i++) {
		const Elf_Phdr *ph = &d->phdr[i];
		switch (ph->p_type) {
		case PT_LOAD:
			/* No mapping is ever writable and executable at once. */
			if ((ph->p_flags & (PF_W | PF_X)) == (PF_W | PF_X))
				ldso_fail(d->path, "PT_LOAD segment is writable and executable");
			if (ph->p_filesz > ph->p_memsz)
				ldso_fail(d->path, "PT_LOAD file size exceeds memory size");
			if (ldso_add_overflows(ph->p_vaddr, ph->p_memsz) ||
			    ph->p_vaddr + ph->p_memsz > (Elf_Addr)-ARCH_PAGE_SIZE)
				ldso_fail(d->path, "PT_LOAD address out of range");
			if (file_size && (ph->p_offset > file_size ||
					  ph->p_filesz > file_size - ph->p_offset))
				ldso_fail(d->path, "PT_LOAD data outside the file");
			if ((ph->p_offset ^ ph->p_vaddr) & (ldso.page_size - 1))
				ldso_fail(d->path, "PT_LOAD offset and address not congruent");
			if (have_load && ldso_page_down(ph->p_vaddr) < last_end)
				ldso_fail(d->path, "PT_LOAD segments unsorted or overlapping");
			if (!have_load)
				d->vaddr_lo = ldso_page_down(ph->p_vaddr);
			have_load = true;
			last_end = ldso_page_up(ph->p_vaddr + ph->p_memsz);
			d->vaddr_hi = last_end;
			break;
		case PT_TLS:
			if (ph->p_align & (ph->p_align - 1) ||
			    ph->p_align > ARCH_PAGE_SIZE ||
			    ph->p_filesz > ph->p_memsz ||
			    ph->p_memsz > (1UL << 30))
				ldso_fail(d->path, "bad PT_TLS");
			d->tls_image = ph->p_vaddr;
			d->tls_filesz = ph->p_filesz;
			d->tls_memsz = ph->p_memsz;
			d->tls_align = ph->p_align ? ph->p_align : 1;
			break;
		case PT_GNU_RELRO:
			d->relro = ph;
			break;
		case PT_GNU_STACK:
			d->exec_stack = (ph->p_flags & PF_X) != 0;
			break;
		}
	}
	if (!have_load)
		ldso_fail(d->path, "no PT_LOAD segment");
	if (d->vaddr_hi - d->vaddr_lo > ARCH_MAX_SPAN)
		ldso_fail(d->path, "PT_LOAD span too large");
	if (d->tls_memsz && !ldso_in_image(d, d->tls_image, d->tls_filesz))
		ldso_fail(d->path, "PT_TLS image outside the object");
	if (d->relro && !relro_ok(d))
		ldso_fail(d->path, "PT_GNU_RELRO outside the object");
	for (size_t i = 0; i < d->phnum; i++) {
		const Elf_Phdr *ph = &d->phdr[i];
		if (ph->p_type != PT_DYNAMIC)
			continue;
		if (ph->p_filesz < sizeof(Elf_Dyn) ||
		    !ldso_in_image(d, ph->p_vaddr, ph->p_filesz) ||
		    ph->p_vaddr % sizeof(Elf_Addr))
			ldso_fail(d->path, "PT_DYNAMIC outside the object");
		d->dynamic = (Elf_Dyn *)(d->base + ph->p_vaddr);
		d->dynamic_count = ph->p_filesz / sizeof(Elf_Dyn);
	}
}

static const Elf_Phdr *first_load(const struct dso *d)
{
	for (size_t i = 0; i < d->phnum; i++)
		if (d->phdr[i].p_type == PT_LOAD)
			return &d->phdr[i];
	return 0;
}

static int segment_prot(const Elf_Phdr *ph)
{
	return (ph->p_flags & PF_R ? PROT_READ : 0) |
	       (ph->p_flags & PF_W ? PROT_WRITE : 0) |
	       (ph->p_flags & PF_X ? PROT_EXEC : 0);
}

/*
 * When a segment has .bss (p_memsz > p_filesz), the rest of the page that
 * holds the end of its file data must read as zero, as far as the
 * segment goes: past its end the page belongs to no segment, and shows
 * more of the file, as glibc's loader leaves it (a library's .bss of a
 * few bytes: 56 bytes cleared, not the 3,952 to the page's end, 1,000
 * instructions of a tiny program's 37,000).  Without .bss the tail of
 * that page is simply more of the file, as the kernel maps it.  A
 * segment without PF_W is made writable for the moment it takes; if the
 * kernel refuses, the page cannot be cleared and the load fails.
 */
static void zero_partial_page(struct dso *d, const Elf_Phdr *ph)
{
	Elf_Addr start = d->base + ph->p_vaddr + ph->p_filesz;
	Elf_Addr page_end = ldso_page_up(start);
	Elf_Addr mem_end = d->base + ph->p_vaddr + ph->p_memsz;
	void *page = (void *)ldso_page_down(start);
	long r;

	if (ph->p_filesz == 0 || ph->p_memsz == ph->p_filesz || start == page_end)
		return;
	if (mem_end < page_end)
		page_end = mem_end;
	if (!(ph->p_flags & PF_W) &&
	    (r = ldso_mprotect(page, ldso.page_size, PROT_READ | PROT_WRITE)) < 0)
		ldso_fail(d->path, "cannot clear the end of a segment: mprotect: %s",
			  ldso_strerror(r));
	memset((void *)start, 0, page_end - start);
	if (!(ph->p_flags & PF_W) &&
	    (r = ldso_mprotect(page, ldso.page_size, segment_prot(ph))) < 0)
		ldso_fail(d->path, "cannot restore a segment's protection: mprotect: %s",
			  ldso_strerror(r));
}

/*
 * A writable segment's file part of up to 128 KiB comes in populated
 * (MAP_POPULATE, or MADV_POPULATE_WRITE when the reservation shows it:
 * the kernel makes each page's private copy as it maps it, as a first
 * write would).  Relocation writes nearly every page of
 * such a segment (the GOT, .data.rel.ro, .data's pointers), and each
 * first write was a trap of its own: at 20 libraries of 1,000 symbols,
 * start-up took 10 % less CPU time, at 100 of 4,000 14 %, a thousand
 * dlopens of 21 small libraries 20 %, with as many pages in memory and
 * as many page faults counted (the kernel counts a populated page as
 * one).  A larger segment may hold data nobody writes
 * (tables in .data), which would be copied for nothing: its pages are
 * copied at their first write, as before.
 *
 * A code segment of up to 64 KiB mapped on its own (map_file_part; not
 * one the reservation shows) comes in populated too: nothing is
 * copied (the pages are the page cache's), but the first call into it
 * no longer traps in the middle of start-up.  On this project's machine
 * (a virtual one) a page fault took about 33,000 cycles, the first read
 * of a page-cache page mapped populated 3,000 to 4,000 (bench/README.md
 * says how that was measured).  A fault on a file page maps its
 * neighbours already in the page cache, up to a 64 KiB-aligned block of
 * 16 pages (fault-around), and the kernel counts populated file pages
 * the same way, one per block: a segment of up to 16 pages spans one
 * block or two, so populated it costs at most one fault and one block
 * of pages more than running its code would (none where code runs in
 * each block it spans).
 * At 20 libraries of 1,000 symbols (32 KiB of code each) start-up took
 * about 2 % less time, with the same faults (one fewer in a run or two).
 * Code that never runs costs a fault (a dlopen'ed dependency nobody
 * calls: 18 more a round of a thousand dlopens of 21 libraries, still
 * under glibc's loader's count).  Larger code is mostly not run by one
 * program (100 libraries of 120 KiB of code, one function called in
 * each: populated, 2.7 MB more in memory and 55 more faults), and stays
 * mapped block by block as it runs.
 */
#define POPULATE_MAX ((size_t)128 << 10)
#define FAULT_AROUND ((size_t)64 << 10)

static int populate_flag(const Elf_Phdr *ph, size_t len)
{
	if (ph->p_flags & PF_W)
		return len <= POPULATE_MAX ? MAP_POPULATE : 0;
	return (ph->p_flags & PF_X) && len <= FAULT_AROUND ? MAP_POPULATE : 0;
}

/* The file part goes over the reservation in a mapping of its own. */
static int map_file_part(struct dso *d, const Elf_Phdr *ph, int fd,
			 Elf_Addr start, size_t len)
{
	int populate = populate_flag(ph, len);
	void *p = ldso_mmap((void *)start, len, segment_prot(ph),
			    MAP_PRIVATE | MAP_FIXED | populate, fd,
			    ldso_page_down(ph->p_offset));

	if (ldso_mmap_failed(p))
		ldso_fail(d->path, "cannot map segment: mmap: %s",
			  ldso_strerror((long)p));
	return populate;
}

/*
 * The reservation already shows the file part where it belongs (see
 * shown_in_reservation): it only takes the segment's protection, and a
 * writable one is populated as map_file_part's mapping would be
 * (MADV_POPULATE_WRITE; a kernel before 5.14 says no, and its pages
 * are copied as written).  Code is not populated here: that would be a
 * system call more, and at the dlopen workload, whose libraries' code
 * never runs, the madvise cost more than the traps it saved (434 us a
 * round against 419 without it; medium and tiny the same either way).
 */
static int protect_file_part(struct dso *d, const Elf_Phdr *ph,
			     Elf_Addr start, size_t len)
{
	int prot = segment_prot(ph);
	long r;

	if (prot != segment_prot(first_load(d)) &&
	    (r = ldso_mprotect((void *)start, len, prot)) < 0)
		ldso_fail(d->path, "cannot set a segment's protection: mprotect: %s",
			  ldso_strerror(r));
	return (ph->p_flags & PF_W) && populate_flag(ph, len) &&
	       ldso_madvise((void *)start, len, MADV_POPULATE_WRITE) == 0;
}

/*
 * in_reservation: the segment's file part is already mapped, at its
 * place, by the reservation.  Returns whether the file part came in
 * populated.
 */
static bool map_segment(struct dso *d, const Elf_Phdr *ph, int fd,
			bool in_reservation)
{
	Elf_Addr start = ldso_page_down(d->base + ph->p_vaddr);
	Elf_Addr file_end = ldso_page_up(d->base + ph->p_vaddr + ph->p_filesz);
	Elf_Addr mem_end = ldso_page_up(d->base + ph->p_vaddr + ph->p_memsz);
	bool populated = false;
	void *p;

	if (!ph->p_filesz)
		file_end = start;
	else if (in_reservation)
		populated = protect_file_part(d, ph, start, file_end - start);
	else
		populated = map_file_part(d, ph, fd, start, file_end - start);
	zero_partial_page(d, ph);
	if (mem_end > file_end) {
		p = ldso_mmap((void *)file_end, mem_end - file_end, segment_prot(ph),
			      MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS, -1, 0);
		if (ldso_mmap_failed(p))
			ldso_fail(d->path, "cannot map .bss: mmap: %s",
				  ldso_strerror((long)p));
	}
	return populated;
}

/*
 * One reservation for the whole span first, so the segments land at
 * their relative addresses and nothing else can take the gaps.  An
 * ET_EXEC (only as the main program) goes at its link-time address, in
 * a PROT_NONE reservation that must not replace anything already there,
 * the loader included.  A shared object's reservation is the file
 * mapped from its first segment's offset with that segment's
 * protection, as glibc does: the first segment is then in place, and so
 * is every later one at the same distance from its file offset
 * (shown_in_reservation).  What lies between segments is made PROT_NONE
 * (fill_gaps).  Returns whether the reservation maps the file.
 */
static bool reserve_span(struct dso *d, bool fixed, int fd)
{
	size_t len = d->vaddr_hi - d->vaddr_lo;
	void *want = fixed ? (void *)d->vaddr_lo : 0;
	const Elf_Phdr *first = first_load(d);
	bool with_first = !fixed && first->p_filesz &&
			  ldso_page_down(first->p_vaddr) == d->vaddr_lo;
	int flags = MAP_PRIVATE | MAP_ANONYMOUS;
	void *p;

	if (fixed)
		flags |= MAP_FIXED_NOREPLACE;
	if (with_first)
		p = ldso_mmap(want, len, segment_prot(first), MAP_PRIVATE, fd,
			      ldso_page_down(first->p_offset));
	else
		p = ldso_mmap(want, len, PROT_NONE, flags, -1, 0);
	if (ldso_mmap_failed(p) || (fixed && p != want)) {
		if (!ldso_mmap_failed(p))
			ldso_munmap(p, len);
		ldso_fail(d->path, "cannot reserve %zu bytes of address space%s: mmap: %s",
			  len, fixed ? " at the fixed address" : "",
			  ldso_mmap_failed(p) ? ldso_strerror((long)p) : "another mapping is there");
	}
	d->map = p;			/* owned by d from here */
	d->map_len = len;
	d->base = fixed ? 0 : (Elf_Addr)p - d->vaddr_lo;
	return with_first;
}

/*
 * Does the reservation (mapped from the file) show this segment's file
 * part where it belongs?  It does when the segment lies at the first
 * one's distance from its file offset: GNU ld puts the code and the
 * read-only data after it so, and often the writable segment too.  Such
 * a segment takes its protection with mprotect, not a mapping of its own
 * over the reservation: the kernel then splits the reservation's area
 * but has none of it to unmap (a round of the dlopen workload, 21
 * libraries, 475 us -> 419 us; glibc's loader 944 us).  valgrind,
 * though, learns where an object's segments are only from the mmaps it
 * sees, one per segment: without them it found no symbols in any library
 * (its malloc replacement missed the program's calls).  Under valgrind
 * (env.c tells), each segment is mapped on its own.
 */
static bool shown_in_reservation(const struct dso *d, const Elf_Phdr *ph)
{
	const Elf_Phdr *first = first_load(d);

	return ph == first || (!ldso.map_each_segment &&
			       ph->p_vaddr - ph->p_offset ==
			       first->p_vaddr - first->p_offset);
}

/*
 * After a reservation mapped from the file: the pages between one
 * segment's end and the next one's start still show the file; they
 * become PROT_NONE, as an anonymous reservation's gaps are.
 */
static void fill_gaps(struct dso *d)
{
	Elf_Addr end = 0;
	long r;

	for (size_t i = 0; i < d->phnum; i++) {
		const Elf_Phdr *ph = &d->phdr[i];
		Elf_Addr start;
		if (ph->p_type != PT_LOAD)
			continue;
		start = ldso_page_down(ph->p_vaddr);
		if (end && start > end &&
		    (r = ldso_mprotect((void *)(d->base + end), start - end,
				       PROT_NONE)) < 0)
			ldso_fail(d->path, "cannot protect a gap between segments: mprotect: %s",
				  ldso_strerror(r));
		end = ldso_page_up(ph->p_vaddr + ph->p_memsz);
	}
}

/*
 * A library's tables come populated when they span more than one
 * fault-around block: the hash table, symbols, names and relocations,
 * which ld puts first in the file, in the read-only first segment, and
 * which relocation reads before anything else runs.  Each block of them
 * took a trap (at 20 libraries of 1,000 symbols, 130 KiB of tables each:
 * three a library).  One madvise instead, once the segments are mapped
 * and before anything reads the tables: medium 4-8 % less time, large
 * 8-9 %.  Made later, after the dynamic section is decoded (which reads
 * the hash table and the ends of others), it saved nothing measurable.
 * Populated in the first segment's mmap, or in a mapping over it, they
 * were no faster either: the next segments' MAP_FIXED mappings were then
 * made over populated pages (the reservation populated whole: 14 %
 * slower).  The range ends where the last of the string table and the
 * relocation tables ends, as the dynamic section says, unchecked (a
 * hint, cut to the first segment): an lld-linked library's .rodata,
 * which follows them, is not populated for nothing, nor is the code
 * that follows them in the first segment of a -z noseparate-code
 * library.  Not a writable first segment, whose pages relocation may
 * copy.  A kernel without
 * MADV_POPULATE_READ (before 5.14) says no, which changes nothing.
 */

/* The end of a table at addr of size bytes, or end if it ends before
 * (or wraps). */
static Elf_Addr later_end(Elf_Addr addr, Elf_Addr size, Elf_Addr end)
{
	return addr && addr + size > addr && addr + size > end ?
	       addr + size : end;
}

static void populate_tables(const struct dso *d)
{
	const Elf_Phdr *first = first_load(d);
	Elf_Addr v[DT_JMPREL + 1] = { 0 }, end, start;
	/* d->dynamic is not yet base-relative (headers_mapped makes it
	 * so); scan_phdrs checked PT_DYNAMIC's place. */
	const Elf_Dyn *dynamic = (const Elf_Dyn *)(d->base + (Elf_Addr)d->dynamic);

	if ((first->p_flags & PF_W) || !d->dynamic)
		return;
	for (size_t i = 0; i < d->dynamic_count; i++) {
		const Elf_Dyn *dyn = &dynamic[i];
		if (dyn->d_tag == DT_NULL)
			break;
		if (dyn->d_tag > 0 && dyn->d_tag <= DT_JMPREL)
			v[dyn->d_tag] = dyn->d_val;
	}
	end = later_end(v[DT_STRTAB], v[DT_STRSZ], 0);
	end = later_end(v[DT_REL], v[DT_RELSZ], end);
	end = later_end(v[DT_RELA], v[DT_RELASZ], end);
	end = later_end(v[DT_JMPREL], v[DT_PLTRELSZ], end);
	if (end > first->p_vaddr + first->p_filesz)
		end = first->p_vaddr + first->p_filesz;
	start = ldso_page_down(d->base + first->p_vaddr);
	end = ldso_page_up(d->base + end);
	if (end > start && end - start > FAULT_AROUND)
		ldso_madvise((void *)start, end - start, MADV_POPULATE_READ);
}

static const Elf_Phdr *read_phdrs(const char *path, int fd,
				  const struct ldso_file_head *head,
				  uint64_t size)
{
	const Elf_Ehdr *eh = &head->u.eh;
	size_t bytes = (size_t)eh->e_phnum * sizeof(Elf_Phdr);
	Elf_Phdr *ph;
	long r;

	if (eh->e_phentsize != sizeof(Elf_Phdr))
		ldso_fail(path, "bad program header entry size");
	if (eh->e_phnum == 0 || eh->e_phnum > MAX_PHNUM)
		ldso_fail(path, "bad program header count");
	if (eh->e_phoff > size || bytes > size - eh->e_phoff)
		ldso_fail(path, "program headers outside the file");
	ph = ldso_alloc(bytes);
	/* Usually the first read brought them. */
	if (eh->e_phoff <= (uint64_t)head->got &&
	    bytes <= (uint64_t)head->got - eh->e_phoff) {
		memcpy(ph, head->u.bytes + eh->e_phoff, bytes);
		return ph;
	}
	if ((r = ldso_pread(fd, ph, bytes, eh->e_phoff)) != (long)bytes) {
		ldso_free(ph);
		ldso_fail(path, "cannot read program headers: pread: %s",
			  r < 0 ? ldso_strerror(r) : "file too short");
	}
	return ph;
}

/*
 * Point d->phdr at the mapped copy of the headers when a segment holds
 * them (AT_PHDR and dl_iterate_phdr want that); else keep the one read.
 * The loader keeps checking addresses against d->phdr, so the mapped copy
 * must be readable, aligned, and not writable: a relocation must not be
 * able to rewrite the segment bounds it is checked against.
 */
static const Elf_Phdr *mapped_phdrs(const struct dso *d, const Elf_Ehdr *eh)
{
	size_t bytes = (size_t)eh->e_phnum * sizeof(Elf_Phdr);

	for (size_t i = 0; i < d->phnum; i++) {
		const Elf_Phdr *ph = &d->phdr[i];
		Elf_Addr at;
		if (ph->p_type != PT_LOAD || !(ph->p_flags & PF_R) ||
		    (ph->p_flags & PF_W) || eh->e_phoff < ph->p_offset ||
		    bytes > ph->p_filesz ||
		    eh->e_phoff - ph->p_offset > ph->p_filesz - bytes)
			continue;
		at = d->base + ph->p_vaddr + (eh->e_phoff - ph->p_offset);
		if (at % _Alignof(Elf_Phdr) == 0)
			return (const Elf_Phdr *)at;
	}
	return d->phdr;
}

/*
 * The mapping is made: PT_DYNAMIC's address adds the base, which was not
 * known when the headers were read, and what scan_phdrs noted from them
 * now points into phdr, a copy of the same bytes of the file
 * (mapped_phdrs takes only a read-only segment's file part).  Not a
 * second scan: it checked nothing new, and was 600 of a small program's
 * 37,000 instructions for each library.  The address comes from the copy
 * that was checked, d->phdr, not from phdr: a file written while it is
 * being loaded could differ there.  (It could as well change its mapped
 * pages later, a scan or not, and whoever may write it may write its
 * code; but the loader then uses no unchecked value of its own.)
 */
static void headers_mapped(struct dso *d, const Elf_Phdr *phdr)
{
	for (size_t i = 0; i < d->phnum; i++)
		if (d->phdr[i].p_type == PT_DYNAMIC)
			d->dynamic = (Elf_Dyn *)(d->base + d->phdr[i].p_vaddr);
	if (d->relro)
		d->relro = phdr + (d->relro - d->phdr);
	d->phdr = phdr;
}

/*
 * Is this file a candidate at all?  The search skips files of another
 * class or machine, as glibc does, and fails only if nothing fits.
 */
void ldso_read_head(int fd, struct ldso_file_head *head)
{
	head->got = ldso_pread(fd, head->u.bytes, sizeof(head->u.bytes), 0);
}

bool ldso_file_fits(const struct ldso_file_head *head)
{
	const Elf_Ehdr *eh = &head->u.eh;
	const char *why;

	if (head->got < (long)sizeof(*eh))
		return true;	/* let ldso_map_file report it */
	if (eh->e_ident[0] != 0x7f || eh->e_ident[1] != 'E')
		return true;
	return elf_ident_ok(eh, 0, false, &why) ||
	       (eh->e_ident[EI_CLASS] == ARCH_ELF_CLASS &&
		eh->e_machine == ARCH_ELF_MACHINE);
}

/*
 * Map the file open on fd.  The object belongs to ldso.opening from its
 * allocation until ldso_append_dso puts it on the list: everything it
 * holds (path, header copy, reservation, segments) is reachable from
 * there before the next check that can fail.
 */
struct dso *ldso_map_file(const char *path, int fd, bool is_main,
			  const struct ldso_file_head *head,
			  const struct ldso_file_id *known_id)
{
	struct dso *d = ldso_alloc(sizeof(*d));	/* zeroed */
	const Elf_Ehdr *eh = &head->u.eh;
	struct ldso_file_id id;
	bool first_mapped;
	const char *why;
	long r;

	ldso.opening = d;
	d->path = ldso_strdup(path);
	d->name = (char *)d->path;
	/* $ORIGIN is absolute (as glibc's), whatever cwd later becomes. */
	d->real_path = ldso_absolute_copy(path);
	/* The caller may have asked already (load.c, to compare files). */
	if (known_id)
		id = *known_id;
	else if ((r = ldso_fstat(fd, &id)) < 0)
		ldso_fail(path, "cannot stat: statx: %s", ldso_strerror(r));
	if ((id.mode & S_IFMT) != S_IFREG)
		ldso_fail(path, "not a regular file");
	d->dev = id.dev;
	d->ino = id.ino;
	if (id.size < sizeof(*eh))
		ldso_fail(path, "file too short");
	if (head->got < (long)sizeof(*eh))
		ldso_fail(path, "cannot read the ELF header: pread: %s",
			  head->got < 0 ? ldso_strerror(head->got) : "file too short");
	elf_ident_ok(eh, path, true, &why);
	if (eh->e_type != ET_DYN && !(is_main && eh->e_type == ET_EXEC))
		ldso_fail(path, is_main ? "not an executable"
				: "not a shared object");
	d->phdr = read_phdrs(path, fd, head, id.size);
	d->phdr_allocated = true;
	d->phnum = eh->e_phnum;
	scan_phdrs(d, id.size);
	first_mapped = reserve_span(d, eh->e_type == ET_EXEC, fd);
	d->rw_populated = true;
	for (size_t i = 0; i < d->phnum; i++) {
		const Elf_Phdr *ph = &d->phdr[i];
		if (ph->p_type == PT_LOAD &&
		    !map_segment(d, ph, fd, first_mapped &&
					 shown_in_reservation(d, ph)) &&
		    (ph->p_flags & PF_W) && ph->p_filesz)
			d->rw_populated = false;
	}
	if (first_mapped)
		fill_gaps(d);
	/* Before the headers are read from the mapping, which is a trap. */
	if (first_mapped && !is_main)
		populate_tables(d);
	/* Use the mapped copy when there is one; free ours so dlclose
	 * cycles do not grow. */
	if (mapped_phdrs(d, eh) != d->phdr) {
		const Elf_Phdr *read_copy = d->phdr;
		headers_mapped(d, mapped_phdrs(d, eh));
		d->phdr_allocated = false;
		ldso_free((void *)read_copy);
	} else {
		headers_mapped(d, d->phdr);
	}
	/* The loader jumps there at the end: it must be the program's code. */
	if (is_main && !in_segment(d, eh->e_entry, 1, PF_X))
		ldso_fail(path, "entry point outside the program's code");
	d->entry_point = d->base + eh->e_entry;
	return d;
}

/*
 * The program the kernel mapped (we are its PT_INTERP): its program
 * headers are at AT_PHDR.  The bias is where PT_PHDR landed minus where it
 * was linked; without PT_PHDR, the headers follow the ELF header at the
 * start of the first PT_LOAD.
 */
struct dso *ldso_map_kernel_main(void)
{
	struct dso *d = ldso_alloc(sizeof(*d));
	const Elf_Phdr *ph = (const Elf_Phdr *)ldso.aux[AT_PHDR];
	size_t phnum = ldso.aux[AT_PHNUM];
	Elf_Addr bias = 0;
	bool found = false;

	if (ldso.aux[AT_PHENT] != sizeof(Elf_Phdr) || !ph || !phnum ||
	    phnum > MAX_PHNUM)
		ldso_fail(ldso.argv[0], "bad program headers in the auxiliary vector");
	for (size_t i = 0; i < phnum; i++) {
		if (ph[i].p_type == PT_PHDR) {
			bias = (Elf_Addr)ph - ph[i].p_vaddr;
			found = true;
		}
	}
	for (size_t i = 0; i < phnum && !found; i++) {
		if (ph[i].p_type == PT_LOAD) {
			bias = (Elf_Addr)ph - sizeof(Elf_Ehdr) -
			       (ph[i].p_vaddr - ph[i].p_offset);
			found = true;
		}
	}
	d->path = ldso.argv[0] ? ldso.argv[0] : "";
	d->name = "";
	d->phdr = ph;
	d->phnum = phnum;
	d->base = bias;
	d->kernel_mapped = true;
	scan_phdrs(d, 0);
	/* The kernel takes e_entry as it is when it starts an interpreter. */
	if (!in_segment(d, ldso.aux[AT_ENTRY] - bias, 1, PF_X))
		ldso_fail(d->path, "entry point outside the program's code");
	d->entry_point = ldso.aux[AT_ENTRY];
	return d;
}

/* The loader describes itself too: its exports are in the global scope. */
struct dso *ldso_make_loader_dso(Elf_Addr base, const char *path)
{
	struct dso *d = ldso_alloc(sizeof(*d));
	const Elf_Ehdr *eh = (const Elf_Ehdr *)base;

	d->base = base;
	d->path = path;
	d->name = (char *)path;
	d->phdr = (const Elf_Phdr *)(base + eh->e_phoff);
	d->phnum = eh->e_phnum;
	d->is_loader = true;
	d->kernel_mapped = true;
	scan_phdrs(d, 0);
	return d;
}

/* Give back what ldso_map_file took: the mapping and the header copy. */
void ldso_unmap_object(struct dso *d)
{
	if (d->map)
		ldso_munmap(d->map, d->map_len);
	d->map = 0;
	if (d->phdr_allocated)
		ldso_free((void *)d->phdr);
	d->phdr_allocated = false;
}
