/* The loader's debugger interface and object iteration. */
#ifndef _LINK_H
#define _LINK_H

#include <stddef.h>
#include <stdint.h>

#if defined(__LP64__)	/* the ELF class follows the word size */
#define ElfW(type) Elf64_##type
typedef uint64_t Elf64_Addr;
typedef uint16_t Elf64_Half;
typedef struct {
	uint32_t p_type, p_flags;
	uint64_t p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
} Elf64_Phdr;
typedef struct {
	int64_t d_tag;
	uint64_t d_val;
} Elf64_Dyn;
#else
#define ElfW(type) Elf32_##type
typedef uint32_t Elf32_Addr;
typedef uint16_t Elf32_Half;
typedef struct {
	uint32_t p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz;
	uint32_t p_flags, p_align;
} Elf32_Phdr;
typedef struct {
	int32_t d_tag;
	uint32_t d_val;
} Elf32_Dyn;
#endif

struct link_map {
	ElfW(Addr) l_addr;	/* load bias */
	char *l_name;		/* path; "" for the program */
	ElfW(Dyn) *l_ld;	/* dynamic section */
	struct link_map *l_next, *l_prev;
};

enum { RT_CONSISTENT, RT_ADD, RT_DELETE };

struct r_debug {
	int r_version;
	struct link_map *r_map;
	ElfW(Addr) r_brk;
	int r_state;
	ElfW(Addr) r_ldbase;
};

extern struct r_debug _r_debug;
void _dl_debug_state(void);

struct dl_phdr_info {
	ElfW(Addr) dlpi_addr;
	const char *dlpi_name;
	const ElfW(Phdr) *dlpi_phdr;
	ElfW(Half) dlpi_phnum;
	unsigned long long dlpi_adds, dlpi_subs;
	size_t dlpi_tls_modid;
	void *dlpi_tls_data;
};

int dl_iterate_phdr(int (*callback)(struct dl_phdr_info *, size_t, void *),
		    void *data);

#endif
