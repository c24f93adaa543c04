/*
 * The relocation entries of the objects loaded at start are read no more
 * once start-up is over; where they take 1 MiB or more (the program's:
 * 64 KiB), the loader hands their pages back to the kernel
 * (release_relocations, reloc.c).  This program has POINTERS RELATIVE
 * relocations (150,000 unless the build says; reloc-release-program
 * builds it with fewer).  It checks them, finds its
 * relocation table through its dynamic section and its load address in
 * /proc/self/maps, and counts the table's pages present in its page
 * tables (/proc/self/pagemap, bit 63), leaving out 64 KiB at each end (a
 * fault nearby may map up to 16 pages around it).  It reads nothing in
 * its first pages itself: where the kernel maps the file in 2 MiB pages,
 * a fault there (its hash table, at a lazy call's lookup; its program
 * headers, for dl_iterate_phdr, or the loader's check of its
 * initializers) brings back the first 2 MiB at once.  So where its first
 * mapping starts at a 2 MiB boundary and spans 2 MiB or more (a huge
 * page can map it: mold's layout, the loader's command way), the count
 * starts 2 MiB in.
 */
#include <link.h>
#include <stdint.h>
#include "../symtable-pages/maps.h"

/* The dynamic tags it reads (link.h has the types only). */
#define DT_NULL 0
#define DT_RELA 7
#define DT_RELASZ 8
#define DT_REL 17
#define DT_RELSZ 18

#ifndef POINTERS
#define POINTERS 150000
#define TABLE_MIN (1u << 20)
#endif

extern int target;
extern int *const pointers[POINTERS];
extern ElfW(Dyn) _DYNAMIC[];
#ifdef LIB_POINTERS
/* reloc-release-program's library: its own pointers, its count wrong. */
size_t lib_wrong(void);
#endif

static char maps[1 << 16];

/* Where this program is mapped: the first line of its file, offset 0;
 * *first_end: where that mapping ends. */
static ElfW(Addr) find_base(ElfW(Addr) *first_end)
{
	char *line, *end, *dash;

	if (!read_proc("/proc/self/maps", maps, sizeof(maps)))
		return 0;
	for (line = maps; (end = strchr(line, '\n')); line = end + 1) {
		*end = 0;
		if (end - line > 5 && !strcmp(end - 5, "/prog") &&
		    strstr(line, " 00000000 ")) {
			ElfW(Addr) base = strtoul(line, &dash, 16);
			*first_end = strtoul(dash + 1, 0, 16);
			return base;
		}
	}
	return 0;
}

int main(void)
{
	uintptr_t table = 0, size = 0, page = (uintptr_t)getpagesize();
	ElfW(Addr) first_end = 0, base = find_base(&first_end);
	uintptr_t from, huge = (uintptr_t)2 << 20;
	size_t wrong = 0, pages = 0, present = 0;
	int fd;

	for (size_t i = 0; i < POINTERS; i++)
		wrong += pointers[i] != &target;
	printf("%zu of %d pointers wrong\n", wrong, POINTERS);
#ifdef LIB_POINTERS
	printf("library: %zu of %d pointers wrong\n", lib_wrong(), LIB_POINTERS);
#endif
	for (ElfW(Dyn) *d = _DYNAMIC; d->d_tag != DT_NULL; d++) {
		if (d->d_tag == DT_RELA || d->d_tag == DT_REL)
			table = base + d->d_val;
		if (d->d_tag == DT_RELASZ || d->d_tag == DT_RELSZ)
			size = d->d_val;
	}
	if (!base || !table || size < TABLE_MIN) {
		printf("no relocation table of %u KiB\n", TABLE_MIN >> 10);
		return 1;
	}
	fd = open("/proc/self/pagemap", O_RDONLY);
	if (fd < 0) {
		perror("/proc/self/pagemap");
		return 1;
	}
	from = (table + (64 << 10) + page - 1) & ~(page - 1);
	if (base % huge == 0 && first_end - base >= huge && from < base + huge)
		from = base + huge;
	for (uintptr_t p = from; p + page <= table + size - (64 << 10);
	     p += page) {
		uint64_t entry;
		if (lseek(fd, (off_t)(p / page * 8), SEEK_SET) < 0 ||
		    read(fd, &entry, sizeof(entry)) != sizeof(entry)) {
			perror("/proc/self/pagemap");
			return 1;
		}
		pages++;
		present += entry >> 63;
	}
	close(fd);
	if (pages == 0) {
		/* Too small a table to say anything: not "no pages present". */
		printf("relocation table: no page between the margins\n");
		return 0;
	}
	printf("relocation table: %s pages present\n",
	       present == 0 ? "no" : present == pages ? "all" : "some");
	return 0;
}
