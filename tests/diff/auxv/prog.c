/*
 * The auxiliary vector describes this program: AT_PHDR, AT_PHNUM,
 * AT_PHENT and AT_ENTRY match its own ELF header and entry point.
 * Run as PT_INTERP for the reference loaders: musl run as a command
 * leaves them describing itself (docs/abi.md section 9).
 */
#include "free.h"

/* Elf32_Ehdr and Elf64_Ehdr have the same shape with a word-sized long. */
struct ehdr {
	unsigned char e_ident[16];
	unsigned short e_type, e_machine;
	unsigned int e_version;
	unsigned long e_entry, e_phoff, e_shoff;
	unsigned int e_flags;
	unsigned short e_ehsize, e_phentsize, e_phnum;
	unsigned short e_shentsize, e_shnum, e_shstrndx;
};

extern const struct ehdr __ehdr_start;	/* defined by ld */
void _start(void);

int main(int argc, char **argv, char **envp)
{
	const struct ehdr *eh = &__ehdr_start;
	int found;
	unsigned long v;

	(void)argc, (void)argv, (void)envp;
	v = free_getauxval(AT_PHDR, &found);
	put_bool("AT_PHDR present", found);
	put_bool("AT_PHDR is our program headers", v == (unsigned long)eh + eh->e_phoff);
	v = free_getauxval(AT_PHNUM, &found);
	put_bool("AT_PHNUM is our e_phnum", found && v == eh->e_phnum);
	v = free_getauxval(AT_PHENT, &found);
	put_bool("AT_PHENT is our e_phentsize", found && v == eh->e_phentsize);
	v = free_getauxval(AT_ENTRY, &found);
	put_bool("AT_ENTRY is our _start", found && v == (unsigned long)&_start);
	v = free_getauxval(AT_PAGESZ, &found);
	put_num("AT_PAGESZ", v);
	v = free_getauxval(AT_RANDOM, &found);
	put_bool("AT_RANDOM present and non-null", found && v != 0);
	v = free_getauxval(AT_SECURE, &found);
	put_bool("AT_SECURE is 0", found && v == 0);
	return 0;
}
