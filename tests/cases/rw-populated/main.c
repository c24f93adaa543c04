/*
 * The loader maps a small writable segment's file part populated
 * (map.c, populate_flag): each of its pages is a private copy before
 * anything writes it, whether the segment is mapped on its own (libsmall)
 * or already shown by the reservation and populated with madvise
 * (libshown).  A larger segment is copied page by page at its first
 * write, as before.  Each library has a page of plain data that
 * nothing writes (no relocation, no code); /proc/self/pagemap says
 * whether that page is present as a private copy (present, not a file
 * page).  The program's own RELRO data (reloc.c, populate_written,
 * when the kernel mapped it) has such a page too: relocated data with a
 * pointer, then 16 KiB that no relocation writes.  Read under qemu-user, pagemap would describe the emulator's
 * pages: the case runs natively only (spec).
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#define PAGE 4096UL

/* In .data.rel.ro: the pointer needs a relocation, so the whole object
 * is relocated data, made read-only after (RELRO). */
static const struct {
	const char *name;
	int plain[4 * 1024];
} relro_data = { "relro", { 1 } };

int *small_plain_addr(void);
int *shown_plain_addr(void);
int *big_plain_addr(void);

/* A whole page inside [p, p + bytes): the second one that starts there. */
static uintptr_t inner_page(const int *p, unsigned long bytes)
{
	uintptr_t first = ((uintptr_t)p + PAGE - 1) & -PAGE;

	return first + PAGE + PAGE <= (uintptr_t)p + bytes ? first + PAGE : 0;
}

/* 1: a private copy; 0: absent or the file's page; -1: unreadable. */
static int private_copy(int fd, uintptr_t page)
{
	uint64_t entry;

	if (!page || lseek(fd, (off_t)(page / PAGE * 8), SEEK_SET) < 0 ||
	    read(fd, &entry, sizeof(entry)) != (ssize_t)sizeof(entry))
		return -1;
	return (entry >> 63 & 1) && !(entry >> 61 & 1);
}

int main(void)
{
	int fd = open("/proc/self/pagemap", O_RDONLY);

	if (fd < 0) {
		printf("no /proc/self/pagemap\n");
		return 1;
	}
	printf("%s data's untouched page copied: %d\n", relro_data.name,
	       private_copy(fd, inner_page(relro_data.plain, sizeof(relro_data.plain))));
	printf("small segment's untouched page copied: %d\n",
	       private_copy(fd, inner_page(small_plain_addr(), 3 * 1024 * sizeof(int))));
	printf("shown segment's untouched page copied: %d\n",
	       private_copy(fd, inner_page(shown_plain_addr(), 3 * 1024 * sizeof(int))));
	printf("big segment's untouched page copied: %d\n",
	       private_copy(fd, inner_page(big_plain_addr(), 64 * 1024 * sizeof(int))));
	close(fd);
	return 0;
}
