/*
 * AArch64: everything the generic loader needs to know about this CPU.
 * The same set of names exists in every arch/<arch>/arch.h; what is
 * optional has its default in ldso/arch_defaults.h.  ldso/ldso.h includes
 * it after elf.h and reloc_kind.h, whose names it uses.
 */
#ifndef ARCH_H
#define ARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "syscall.h"

#define ARCH_NAME "aarch64"
#define ARCH_ELF_CLASS ELFCLASS64
#define ARCH_ELF_MACHINE 183		/* EM_AARCH64 */
/*
 * The smallest page a kernel may use.  Kernels run 4, 16 or 64 KiB pages
 * (AT_PAGESZ says which: the loader maps in those, boot.c) and GNU ld
 * aligns segments to 64 KiB so that one file maps on all three.
 */
#define ARCH_PAGE_SIZE 4096UL
/* Largest span one object may reserve: user space is 48 bits. */
#define ARCH_MAX_SPAN (1UL << 46)
#define ARCH_DEFAULT_LIB_DIRS \
	"/lib/aarch64-linux-gnu:/usr/lib/aarch64-linux-gnu:/lib64:/usr/lib64:/lib:/usr/lib"

typedef Elf64_Ehdr Elf_Ehdr;
typedef Elf64_Phdr Elf_Phdr;
typedef Elf64_Dyn Elf_Dyn;
typedef Elf64_Sym Elf_Sym;
typedef uint64_t Elf_Addr;

/* AArch64 uses RELA only. */
typedef Elf64_Rela Elf_Reloc;
#define ARCH_RELOC_TAG DT_RELA
#define ARCH_RELOC_SIZE_TAG DT_RELASZ
#define ARCH_FOREIGN_RELOC_SIZE_TAG DT_RELSZ
#define ARCH_RELOC_HAS_ADDEND 1
/* GLOB_DAT and JUMP_SLOT are S + A (psABI; glibc when binding at start). */
#define ARCH_GOT_ADDEND 1
#define ARCH_PLT_ADDEND 1
#define ARCH_R_TYPE(info) ((uint32_t)(info))
#define ARCH_R_SYM(info) ((uint32_t)((info) >> 32))

/*
 * GLOB_DAT and JUMP_SLOT are S + A in the ABI; the addend is 0 in every
 * object a toolchain makes, and the generic kinds store S.
 */
/* The one type of kind REL_PLT (defer_table tests it by number). */
#define ARCH_R_JUMP_SLOT 1026		/* R_AARCH64_JUMP_SLOT */

static inline enum reloc_kind arch_reloc_kind(uint32_t type)
{
	switch (type) {
	case 0: return REL_NONE;		/* R_AARCH64_NONE */
	case 256: return REL_NONE;		/* R_AARCH64_NONE (old number) */
	case 257: return REL_WORD;		/* R_AARCH64_ABS64 */
	case 1024: return REL_COPY;		/* R_AARCH64_COPY */
	case 1025: return REL_GOT;		/* R_AARCH64_GLOB_DAT */
	case ARCH_R_JUMP_SLOT: return REL_PLT;
	case 1027: return REL_RELATIVE;		/* R_AARCH64_RELATIVE */
	case 1028: return REL_DTPMOD;		/* R_AARCH64_TLS_DTPMOD */
	case 1029: return REL_DTPOFF;		/* R_AARCH64_TLS_DTPREL */
	case 1030: return REL_TPOFF;		/* R_AARCH64_TLS_TPREL */
	case 1031: return REL_TLSDESC;		/* R_AARCH64_TLSDESC */
	case 1032: return REL_IRELATIVE;	/* R_AARCH64_IRELATIVE */
	}
	return REL_UNKNOWN;
}

static inline const char *arch_reloc_name(uint32_t type)
{
	switch (type) {
	case 0: return "R_AARCH64_NONE";
	case 256: return "R_AARCH64_NONE";
	case 257: return "R_AARCH64_ABS64";
	case 1024: return "R_AARCH64_COPY";
	case 1025: return "R_AARCH64_GLOB_DAT";
	case 1026: return "R_AARCH64_JUMP_SLOT";
	case 1027: return "R_AARCH64_RELATIVE";
	case 1028: return "R_AARCH64_TLS_DTPMOD";
	case 1029: return "R_AARCH64_TLS_DTPREL";
	case 1030: return "R_AARCH64_TLS_TPREL";
	case 1031: return "R_AARCH64_TLSDESC";
	case 1032: return "R_AARCH64_IRELATIVE";
	}
	return "unknown";
}

/*
 * Thread control block, TLS variant I: static TLS lies above the thread
 * pointer.  tpidr_el0 points at a 16-byte TCB the ABI defines (word 0 for
 * the DTV, word 1 for the implementation) and the executable's block
 * starts at tp + 16, rounded up to its alignment.  We keep the canary in
 * word 1, where -mstack-protector-guard=sysreg reads it, and the rest of
 * our record below tp, where no compiled code looks.
 */
struct tcb {
	uintptr_t reserved[2];		/* tp - 48: zero (thread_db.c) */
	struct tcb *self;		/* tp - 32 */
	struct tcb *self2;		/* tp - 24 */
	uintptr_t pointer_guard;	/* tp - 16 */
	uintptr_t unused;		/* tp - 8 */
	void *dtv;			/* tp + 0: the ABI's TCB, word 0 */
	uintptr_t canary;		/* tp + 8: word 1 */
};

#define ARCH_TLS_VARIANT 1
/* Where tp points inside struct tcb. */
#define ARCH_TP_IN_TCB 48
/* The first byte above tp a TLS block may use: after the ABI's TCB. */
#define ARCH_TLS_FIRST_OFFSET 16
/* Where compiled code reads the canary, from tp; tls.c checks struct tcb. */
#define ARCH_CANARY_OFFSET 8

/*
 * How glibc's libthread_db finds a thread's TCB (thread_db.c): the
 * debugger reads tpidr_el0 and subtracts the constant, so the constant is
 * where tp points inside struct tcb (ARCH_TP_IN_TCB).
 */
#define ARCH_THREAD_DB_SELF_NAME _thread_db_const_thread_area
#define ARCH_THREAD_DB_SELF { 48 }

/*
 * gcc's default guard here is the global __stack_chk_guard, and glibc's
 * loader defines it: programs built against glibc, and ours without
 * libssp, expect the loader to export it (stage2.c sets it).
 */
#define ARCH_EXPORTS_STACK_CHK_GUARD 1

/* ldso_setjmp saves x19-x30, sp and d8-d15 (jump.S). */
#define ARCH_JMP_BUF_WORDS 22

#define ARCH_SET_TP_CALL "msr tpidr_el0"

/* User code writes tpidr_el0 itself: no system call, nothing to fail. */
static inline long arch_set_thread_pointer(void *tp)
{
	__asm__ volatile ("msr tpidr_el0, %0" : : "r"(tp) : "memory");
	return 0;
}

static inline void *arch_thread_pointer(void)
{
	void *tp;
	__asm__ volatile ("mrs %0, tpidr_el0" : "=r"(tp));
	return tp;
}

/*
 * Does this code read the TLS canary?  Looks for `mrs xN, tpidr_el0`
 * followed within a few instructions by `ldr xM, [xN, #8]`.  For --audit
 * only; a false negative just reports "no".
 */
static inline bool arch_reads_canary(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i + 4 <= n; i += 4) {
		uint32_t w = p[i] | p[i + 1] << 8 | p[i + 2] << 16 |
			     (uint32_t)p[i + 3] << 24;
		if ((w & ~31u) != 0xd53bd040u)
			continue;
		for (size_t j = i + 4; j < i + 16 && j + 4 <= n; j += 4) {
			uint32_t l = p[j] | p[j + 1] << 8 | p[j + 2] << 16 |
				     (uint32_t)p[j + 3] << 24;
			if ((l & ~31u) == (0xf9400400u | (w & 31) << 5))
				return true;
		}
	}
	return false;
}

/*
 * Lazy binding (ldso/lazy.c, trampoline.S).  PLT0 pushes the address of
 * the slot and jumps to GOT[2] with x16 = &GOT[2]; the trampoline passes
 * the slot's byte offset from GOT[3], 8 per relocation.
 */
#define ARCH_PLT_RELOC_SCALE 8

void ldso_lazy_trampoline(void);

struct arch_lazy {
	void *trampoline;
	const char *method;
	uint32_t components;
	size_t state_size;
};

/* One trampoline: x0-x8 and q0-q7, the whole argument state. */
static inline struct arch_lazy arch_lazy_setup(void)
{
	struct arch_lazy how = { ldso_lazy_trampoline, "q0-q7", 0, 128 };
	return how;
}

/*
 * A function marked STO_AARCH64_VARIANT_PCS may take arguments in SVE
 * registers the trampoline does not save (writing q0 clears the upper
 * bits of z0): bind its slot at load, as glibc does.
 */
static inline bool arch_plt_bind_at_load(const Elf_Sym *sym)
{
	return (sym->st_other & 0x80) != 0;
}
#define ARCH_PLT_BIND_AT_LOAD 1

/*
 * IFUNC resolvers get what glibc gives them: x0 = AT_HWCAP (16) with bit
 * 62 set (_IFUNC_ARG_HWCAP: "x1 is valid"), x1 = {size of the buffer in
 * bytes, AT_HWCAP, AT_HWCAP2 (26)}; resolvers check the size.
 */
static inline Elf_Addr arch_call_resolver(Elf_Addr fn, const uintptr_t *aux)
{
	const uint64_t arg[3] = { sizeof(arg), aux[16], aux[26] };

	return ((Elf_Addr(*)(uint64_t, const uint64_t *))fn)(aux[16] | 1ULL << 62, arg);
}
#define ARCH_CALL_RESOLVER 1

#endif
