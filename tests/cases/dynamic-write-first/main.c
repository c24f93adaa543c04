/*
 * The loader writes a small library's dynamic-section page before it
 * reads it (dynamic.c, before_dynamic_read: one page fault instead of a
 * read fault and a copy), with an atomic or of zero.  The section must
 * still hold exactly the file's bytes.  The program checks that the
 * library is laid out so that the write is made (the section shares its
 * page with what follows, and the writable segment's file part ends in
 * the next page), then compares the section in memory with the file.
 * GNU ld for riscv64 ends the section at a page's end (RELRO's end):
 * there the page is never written and the loader only reads it.  On
 * aarch64 and riscv64 the write is not made at all (arch_defaults.h).
 * The library's writable segment is small, so it is mapped populated
 * (map.c, populate_flag) and the write now lands on a page already
 * copied: what this case checks is that the write leaves the bytes be.
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <link.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define PT_LOAD 1	/* not in our crt's link.h */
#define PT_DYNAMIC 2
#define PF_W 2
#define PAGE 4096UL

struct found {
	const ElfW(Phdr) *dyn, *rw;
	unsigned long base;
};

static int find(struct dl_phdr_info *info, size_t size, void *data)
{
	struct found *f = data;

	(void)size;
	if (!strstr(info->dlpi_name, "libsmall.so"))
		return 0;
	f->base = info->dlpi_addr;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		if (ph->p_type == PT_DYNAMIC)
			f->dyn = ph;
		if (ph->p_type == PT_LOAD && (ph->p_flags & PF_W))
			f->rw = ph;
	}
	return 1;
}

int main(void)
{
	void *h = dlopen("libsmall.so", RTLD_NOW);
	int (*value)(void) = h ? (int (*)(void))dlsym(h, "small_value") : 0;
	struct found f = { 0, 0, 0 };
	static char file[4096];
	unsigned long start, end, seg_end;
	int fd, same;

	if (!value) {
		printf("libsmall: %s\n", dlerror());
		return 1;
	}
	printf("small_value: %d\n", value());
	dl_iterate_phdr(find, &f);
	if (!f.dyn || !f.rw || f.dyn->p_filesz > sizeof(file)) {
		printf("no dynamic section or writable segment\n");
		return 1;
	}
	start = f.dyn->p_vaddr;
	end = start + f.dyn->p_filesz;
	seg_end = f.rw->p_vaddr + f.rw->p_filesz;
	printf("layout written first: %s\n",
	       start / PAGE == end / PAGE && end < seg_end &&
	       seg_end <= (start & -PAGE) + 2 * PAGE ? "yes" : "no");
	fd = open("libsmall.so", O_RDONLY);
	same = fd >= 0 &&
	       lseek(fd, (off_t)f.dyn->p_offset, SEEK_SET) ==
		       (off_t)f.dyn->p_offset &&
	       read(fd, file, f.dyn->p_filesz) == (ssize_t)f.dyn->p_filesz &&
	       memcmp(file, (char *)(f.base + start), f.dyn->p_filesz) == 0;
	printf("dynamic section as in the file: %s\n", same ? "yes" : "no");
	return 0;
}
