/*
 * setreloc FILE SYMBOL TYPE: change the type of the dynamic relocation
 * whose place is SYMBOL's address (SYMBOL from .symtab) to TYPE.
 * setreloc FILE --plt SYMBOL TYPE: change the type of the entries of
 * .rela.plt (.rel.plt) against the dynamic symbol SYMBOL to TYPE.
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
#include <stdbool.h>
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

/* The entries of .rela.plt against dynamic symbol `name`, retyped. */
static int retype_plt64(unsigned char *m, const char *name, unsigned type)
{
	Elf64_Ehdr *eh = (Elf64_Ehdr *)m;
	Elf64_Shdr *sh = (Elf64_Shdr *)(m + eh->e_shoff);
	const char *shstr = (const char *)m + sh[eh->e_shstrndx].sh_offset;
	int done = 0;

	for (int i = 0; i < eh->e_shnum; i++) {
		if (sh[i].sh_type != SHT_RELA || strcmp(shstr + sh[i].sh_name, ".rela.plt"))
			continue;
		Elf64_Shdr *dynsym = &sh[sh[i].sh_link];
		Elf64_Sym *sym = (Elf64_Sym *)(m + dynsym->sh_offset);
		const char *str = (const char *)m + sh[dynsym->sh_link].sh_offset;
		Elf64_Rela *r = (Elf64_Rela *)(m + sh[i].sh_offset);
		for (size_t k = 0; k < sh[i].sh_size / sizeof(*r); k++)
			if (!strcmp(str + sym[ELF64_R_SYM(r[k].r_info)].st_name, name)) {
				r[k].r_info = ELF64_R_INFO(ELF64_R_SYM(r[k].r_info), type);
				done = 1;
			}
	}
	return done;
}

static int retype_plt32(unsigned char *m, const char *name, unsigned type)
{
	Elf32_Ehdr *eh = (Elf32_Ehdr *)m;
	Elf32_Shdr *sh = (Elf32_Shdr *)(m + eh->e_shoff);
	const char *shstr = (const char *)m + sh[eh->e_shstrndx].sh_offset;
	int done = 0;

	for (int i = 0; i < eh->e_shnum; i++) {
		if (sh[i].sh_type != SHT_REL || strcmp(shstr + sh[i].sh_name, ".rel.plt"))
			continue;
		Elf32_Shdr *dynsym = &sh[sh[i].sh_link];
		Elf32_Sym *sym = (Elf32_Sym *)(m + dynsym->sh_offset);
		const char *str = (const char *)m + sh[dynsym->sh_link].sh_offset;
		Elf32_Rel *r = (Elf32_Rel *)(m + sh[i].sh_offset);
		for (size_t k = 0; k < sh[i].sh_size / sizeof(*r); k++)
			if (!strcmp(str + sym[ELF32_R_SYM(r[k].r_info)].st_name, name)) {
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
	bool plt = argc == 5 && !strcmp(argv[2], "--plt");
	const char *name;
	unsigned type;

	if (argc != 4 && !plt)
		die("usage: setreloc FILE [--plt] SYMBOL TYPE");
	name = argv[plt ? 3 : 2];
	type = atoi(argv[plt ? 4 : 3]);
	fd = open(argv[1], O_RDWR);
	if (fd < 0 || fstat(fd, &st) < 0)
		die("cannot open file");
	m = mmap(0, st.st_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (m == MAP_FAILED)
		die("cannot map file");
	if (plt)
		done = m[EI_CLASS] == ELFCLASS64 ? retype_plt64(m, name, type) :
						   retype_plt32(m, name, type);
	else if (m[EI_CLASS] == ELFCLASS64)
		done = retype64(m, name, type);
	else
		done = retype32(m, name, type);
	if (!done)
		die("no relocation at that symbol");
	munmap(m, st.st_size);
	close(fd);
	return 0;
}
