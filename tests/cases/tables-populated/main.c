/*
 * The loader populates a library's tables when they span more than one
 * 64 KiB block (map.c, populate_tables): every page of libwide.so's
 * string table is present when main starts, though start-up read only
 * the few names its lookups compared (a trap there maps the page's
 * 64 KiB block, not the whole table).  /proc/self/pagemap says which
 * pages are present; under qemu-user it would describe the emulator's
 * pages: natively only (spec).
 */
#include <fcntl.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "pagemap.h"

#ifndef PT_DYNAMIC
#define PT_DYNAMIC 2
#endif
#ifndef DT_STRTAB
#define DT_STRTAB 5
#define DT_STRSZ 10
#endif

int a_function_with_a_rather_long_exported_name_1234(void);

static int report(struct dl_phdr_info *info, size_t size, void *data)
{
	const char *name = strrchr(info->dlpi_name, '/');
	uintptr_t strtab = 0, strsz = 0;

	(void)size;
	(void)data;
	name = name ? name + 1 : info->dlpi_name;
	if (strcmp(name, "libwide.so"))
		return 0;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		if (ph->p_type != PT_DYNAMIC)
			continue;
		for (const ElfW(Dyn) *d = (const ElfW(Dyn) *)(info->dlpi_addr + ph->p_vaddr);
		     d->d_tag; d++) {
			if (d->d_tag == DT_STRTAB)
				strtab = d->d_val;
			if (d->d_tag == DT_STRSZ)
				strsz = d->d_val;
		}
	}
	/* Some loaders relocate the dynamic section's addresses, some not. */
	if (strtab < info->dlpi_addr)
		strtab += info->dlpi_addr;
	printf("%s: string table %s 128 KiB, every page present: %d\n", name,
	       strsz > (128 << 10) ? "over" : "under",
	       all_present(strtab, strtab + strsz));
	return 0;
}

int main(void)
{
	if (!report_with_pagemap(report))
		return 1;
	printf("called %d\n", a_function_with_a_rather_long_exported_name_1234());
	return 0;
}
