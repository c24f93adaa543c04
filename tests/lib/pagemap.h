/*
 * For the cases that ask which pages of the process are present
 * (code-populated, tables-populated): /proc/self/pagemap holds one
 * 64-bit entry a page, bit 63 set when the page is in memory.  Read
 * under qemu-user it would describe the emulator's pages: such cases run
 * natively only.
 */
#include <fcntl.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#define PAGE 4096UL

static int pagemap = -1;

/* 1: every page of [lo, hi) present; 0: not every one; -1: unreadable. */
static int all_present(uintptr_t lo, uintptr_t hi)
{
	for (uintptr_t page = lo & -PAGE; page < hi; page += PAGE) {
		uint64_t entry;
		if (lseek(pagemap, (off_t)(page / PAGE * 8), SEEK_SET) < 0 ||
		    read(pagemap, &entry, sizeof(entry)) != (ssize_t)sizeof(entry))
			return -1;
		if (!(entry >> 63 & 1))
			return 0;
	}
	return 1;
}

/* dl_iterate_phdr(report) with pagemap open; false (said) without it. */
static int report_with_pagemap(int (*report)(struct dl_phdr_info *, size_t, void *))
{
	pagemap = open("/proc/self/pagemap", O_RDONLY);
	if (pagemap < 0) {
		printf("no /proc/self/pagemap\n");
		return 0;
	}
	dl_iterate_phdr(report, 0);
	close(pagemap);
	return 1;
}
