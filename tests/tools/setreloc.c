/*
 * setreloc FILE SYMBOL TYPE: change the type of the dynamic relocation
 * whose place is SYMBOL's address (SYMBOL from .symtab) to TYPE.
 *
 * ld will not emit some relocation types into a shared object (x86-64
 * R_X86_64_32, PC32 and PC64 against preemptible symbols in data, i386
 * R_386_PC32 in data), yet a loader must apply them when they appear.
 * Tests build a library with plain word relocations at labelled places and
 * retype them with this tool.  Host tool: it uses the host's <elf.h> and
 * handles both classes.
 */
#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static void die(const char *msg)
{
	fprintf(stderr, "setreloc: %s\n", msg);
	exit(1);
}

static int retype64(unsigned char *m, const char *name, unsigned type)
{
	Elf64_Ehdr *eh = (Elf64_Ehdr *)m;
	Elf64_Shdr *sh = (Elf64_Shdr *)(m + eh->e_shoff);
	Elf64_Addr addr = 0;
	int found = 0, done = 0;

	for (int i = 0; i < eh->e_shnum; i++) {
		if (sh[i].sh_type != SHT_SYMTAB)
			continue;
		Elf64_Sym *sym = (Elf64_Sym *)(m + sh[i].sh_offset);
		const char *str = (const char *)m + sh[sh[i].sh_link].sh_offset;
		for (size_t k = 0; k < sh[i].sh_size / sizeof(*sym); k++)
			if (!strcmp(str + sym[k].st_name, name))
				addr = sym[k].st_value, found = 1;
	}
	if (!found)
		die("symbol not found");
	for (int i = 0; i < eh->e_shnum; i++) {
		if (sh[i].sh_type != SHT_RELA)
			continue;
		Elf64_Rela *r = (Elf64_Rela *)(m + sh[i].sh_offset);
		for (size_t k = 0; k < sh[i].sh_size / sizeof(*r); k++)
			if (r[k].r_offset == addr) {
				r[k].r_info = ELF64_R_INFO(ELF64_R_SYM(r[k].r_info), type);
				done = 1;
			}
	}
	return done;
}

static int retype32(unsigned char *m, const char *name, unsigned type)
{
	Elf32_Ehdr *eh = (Elf32_Ehdr *)m;
	Elf32_Shdr *sh = (Elf32_Shdr *)(m + eh->e_shoff);
	Elf32_Addr addr = 0;
	int found = 0, done = 0;

	for (int i = 0; i < eh->e_shnum; i++) {
		if (sh[i].sh_type != SHT_SYMTAB)
			continue;
		Elf32_Sym *sym = (Elf32_Sym *)(m + sh[i].sh_offset);
		const char *str = (const char *)m + sh[sh[i].sh_link].sh_offset;
		for (size_t k = 0; k < sh[i].sh_size / sizeof(*sym); k++)
			if (!strcmp(str + sym[k].st_name, name))
				addr = sym[k].st_value, found = 1;
	}
	if (!found)
		die("symbol not found");
	for (int i = 0; i < eh->e_shnum; i++) {
		if (sh[i].sh_type != SHT_REL)
			continue;
		Elf32_Rel *r = (Elf32_Rel *)(m + sh[i].sh_offset);
		for (size_t k = 0; k < sh[i].sh_size / sizeof(*r); k++)
			if (r[k].r_offset == addr) {
				r[k].r_info = ELF32_R_INFO(ELF32_R_SYM(r[k].r_info), type);
				done = 1;
			}
	}
	return done;
}

int main(int argc, char **argv)
{
	struct stat st;
	unsigned char *m;
	int fd, done;

	if (argc != 4)
		die("usage: setreloc FILE SYMBOL TYPE");
	fd = open(argv[1], O_RDWR);
	if (fd < 0 || fstat(fd, &st) < 0)
		die("cannot open file");
	m = mmap(0, st.st_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (m == MAP_FAILED)
		die("cannot map file");
	if (m[EI_CLASS] == ELFCLASS64)
		done = retype64(m, argv[2], atoi(argv[3]));
	else
		done = retype32(m, argv[2], atoi(argv[3]));
	if (!done)
		die("no relocation at that symbol");
	munmap(m, st.st_size);
	close(fd);
	return 0;
}
