/*
 * The loader's own __stack_chk_guard (hidden; what its protected code
 * checks in the global guard build) holds the same canary as the TLS slot,
 * in every build.  It is found through ld.so's .symtab: dl_iterate_phdr
 * gives the loader's path and base.  Built with -DCALL_FAIL
 * (tests/cases/ssp-loader-fail), it calls the loader's own hidden
 * __stack_chk_fail instead, as a smashed loader frame would.
 */
#include <fcntl.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* The parts of the ELF file format read here (crt has no <elf.h>). */
#define SHT_SYMTAB 2
#if defined(__LP64__)
typedef struct {
	unsigned char e_ident[16];
	uint16_t e_type, e_machine;
	uint32_t e_version;
	uint64_t e_entry, e_phoff, e_shoff;
	uint32_t e_flags;
	uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
} Ehdr;
typedef struct {
	uint32_t sh_name, sh_type;
	uint64_t sh_flags, sh_addr, sh_offset, sh_size;
	uint32_t sh_link, sh_info;
	uint64_t sh_addralign, sh_entsize;
} Shdr;
typedef struct {
	uint32_t st_name;
	unsigned char st_info, st_other;
	uint16_t st_shndx;
	uint64_t st_value, st_size;
} Sym;
#else
typedef struct {
	unsigned char e_ident[16];
	uint16_t e_type, e_machine;
	uint32_t e_version, e_entry, e_phoff, e_shoff, e_flags;
	uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
} Ehdr;
typedef struct {
	uint32_t sh_name, sh_type, sh_flags, sh_addr, sh_offset, sh_size;
	uint32_t sh_link, sh_info, sh_addralign, sh_entsize;
} Shdr;
typedef struct {
	uint32_t st_name, st_value, st_size;
	unsigned char st_info, st_other;
	uint16_t st_shndx;
} Sym;
#endif

static uintptr_t tls_canary(void)
{
	uintptr_t v;
#if defined(__x86_64__)
	__asm__ volatile("mov %%fs:0x28, %0" : "=r"(v));
#elif defined(__i386__)
	__asm__ volatile("mov %%gs:0x14, %0" : "=r"(v));
#elif defined(__aarch64__)
	/* tpidr_el0 + 8, where our loader keeps it (arch/aarch64/arch.h) */
	__asm__ volatile("mrs %0, tpidr_el0\n\tldr %0, [%0, #8]" : "=r"(v));
#elif defined(__riscv)
	/* tp - 8, where our loader keeps it (arch/riscv64/arch.h) */
	__asm__ volatile("ld %0, -8(tp)" : "=r"(v));
#endif
	return v;
}

struct loader {
	const char *path;
	uintptr_t base;
};

static int find_loader(struct dl_phdr_info *info, size_t size, void *data)
{
	struct loader *l = data;
	size_t n = strlen(info->dlpi_name);

	(void)size;
	if (n >= 5 && !strcmp(info->dlpi_name + n - 5, "ld.so")) {
		l->path = info->dlpi_name;
		l->base = info->dlpi_addr;
		return 1;
	}
	return 0;
}

static int read_at(int fd, void *buf, size_t n, long off)
{
	return lseek(fd, off, SEEK_SET) == off && read(fd, buf, n) == (ssize_t)n;
}

/* st_value of a defined symbol in the file's .symtab, or 0. */
static uintptr_t symbol_value(const char *path, const char *name)
{
	static Shdr sh[64];
	static char str[1 << 16];
	Ehdr eh;
	int fd = open(path, O_RDONLY);
	uintptr_t value = 0;

	if (fd < 0 || !read_at(fd, &eh, sizeof eh, 0) || eh.e_shnum > 64 ||
	    !read_at(fd, sh, eh.e_shnum * sizeof(Shdr), eh.e_shoff))
		return 0;
	for (int i = 0; i < eh.e_shnum && !value; i++) {
		Shdr *st = &sh[eh.e_shnum > sh[i].sh_link ? sh[i].sh_link : 0];
		if (sh[i].sh_type != SHT_SYMTAB || st->sh_size >= sizeof str ||
		    !read_at(fd, str, st->sh_size, st->sh_offset))
			continue;
		str[st->sh_size] = 0;
		for (size_t k = 0; k < sh[i].sh_size / sizeof(Sym); k++) {
			Sym s;
			if (!read_at(fd, &s, sizeof s, sh[i].sh_offset + k * sizeof s))
				break;
			if (s.st_shndx != 0 && s.st_name < st->sh_size &&
			    !strcmp(str + s.st_name, name)) {
				value = s.st_value;
				break;
			}
		}
	}
	close(fd);
	return value;
}

int main(void)
{
	struct loader l = { 0, 0 };
	uintptr_t at;

	dl_iterate_phdr(find_loader, &l);
#ifdef CALL_FAIL
	if (!l.path || !(at = symbol_value(l.path, "__stack_chk_fail"))) {
		printf("the loader's __stack_chk_fail not found (%s)\n", l.path);
		return 1;
	}
	((void (*)(void))(l.base + at))();
	printf("returned\n");
	return 0;
#endif
	if (!l.path || !(at = symbol_value(l.path, "__stack_chk_guard"))) {
		printf("the loader's __stack_chk_guard not found (%s)\n", l.path);
		return 1;
	}
	printf("the loader's __stack_chk_guard is the canary: %d\n",
	       *(volatile uintptr_t *)(l.base + at) == tls_canary());
	return 0;
}
