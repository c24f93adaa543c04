/*
 * The loader maps a code segment of up to 64 KiB populated (map.c,
 * populate_flag) when it maps it on its own: each of its pages is
 * mapped before anything runs there.  One the reservation already shows
 * (libshown) is only made executable, not populated: that would take a
 * system call more.  A larger one is mapped block by block of pages as
 * it runs.
 * Before main calls either library, none of their code has run (no
 * start files: no DT_INIT, no constructor); /proc/self/pagemap says
 * whether every page of each code segment is present.  Read under qemu-user,
 * pagemap would describe the emulator's pages: the case runs natively
 * only (spec).
 */
#include <fcntl.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "pagemap.h"

#ifndef PT_LOAD
#define PT_LOAD 1
#endif
#ifndef PF_X
#define PF_X 1
#endif

int small_f(void);
int shown_f(void);
int big_f(void);

static int report(struct dl_phdr_info *info, size_t size, void *data)
{
	const char *name = strrchr(info->dlpi_name, '/');

	(void)size;
	(void)data;
	name = name ? name + 1 : info->dlpi_name;
	if (strcmp(name, "libsmall.so") && strcmp(name, "libshown.so") &&
	    strcmp(name, "libbig.so"))
		return 0;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
		if (ph->p_type == PT_LOAD && (ph->p_flags & PF_X))
			printf("%s: code %s 64 KiB, every page present: %d\n",
			       name, ph->p_memsz <= (64 << 10) ? "under" : "over",
			       all_present(lo, lo + ph->p_memsz));
	}
	return 0;
}

int main(void)
{
	if (!report_with_pagemap(report))
		return 1;
	printf("small_f %d, shown_f %d, big_f %d\n", small_f(), shown_f(), big_f());
	return 0;
}
