/*
 * RISC-V RV64 (LP64D): everything the generic loader needs to know about
 * this CPU.  The same set of names exists in every arch/<arch>/arch.h;
 * what is optional has its default in ldso/arch_defaults.h.  ldso/ldso.h
 * includes it after elf.h and reloc_kind.h, whose names it uses.
 */
#ifndef ARCH_H
#define ARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "syscall.h"

#define ARCH_NAME "riscv64"
#define ARCH_ELF_CLASS ELFCLASS64
#define ARCH_ELF_MACHINE 243		/* EM_RISCV */
#define ARCH_PAGE_SIZE 4096UL
/* Largest span one object may reserve: Sv39 gives user space 38 bits. */
#define ARCH_MAX_SPAN (1UL << 37)
#define ARCH_DEFAULT_LIB_DIRS \
	"/lib/riscv64-linux-gnu:/usr/lib/riscv64-linux-gnu:/lib64:/usr/lib64:/lib:/usr/lib"

typedef Elf64_Ehdr Elf_Ehdr;
typedef Elf64_Phdr Elf_Phdr;
typedef Elf64_Dyn Elf_Dyn;
typedef Elf64_Sym Elf_Sym;
typedef uint64_t Elf_Addr;

/* RISC-V uses RELA only. */
typedef Elf64_Rela Elf_Reloc;
#define ARCH_RELOC_TAG DT_RELA
#define ARCH_RELOC_SIZE_TAG DT_RELASZ
#define ARCH_FOREIGN_RELOC_SIZE_TAG DT_RELSZ
#define ARCH_RELOC_HAS_ADDEND 1
#define ARCH_R_TYPE(info) ((uint32_t)(info))
#define ARCH_R_SYM(info) ((uint32_t)((info) >> 32))

/*
 * There is no GLOB_DAT: GOT slots of symbols carry R_RISCV_64 (S + A).
 * JUMP_SLOT is S.
 */
/* The one type of kind REL_PLT (defer_table tests it by number). */
#define ARCH_R_JUMP_SLOT 5		/* R_RISCV_JUMP_SLOT */

static inline enum reloc_kind arch_reloc_kind(uint32_t type)
{
	switch (type) {
	case 0: return REL_NONE;		/* R_RISCV_NONE */
	case 2: return REL_WORD;		/* R_RISCV_64 */
	case 3: return REL_RELATIVE;		/* R_RISCV_RELATIVE */
	case 4: return REL_COPY;		/* R_RISCV_COPY */
	case ARCH_R_JUMP_SLOT: return REL_PLT;
	case 7: return REL_DTPMOD;		/* R_RISCV_TLS_DTPMOD64 */
	case 9: return REL_DTPOFF;		/* R_RISCV_TLS_DTPREL64 */
	case 11: return REL_TPOFF;		/* R_RISCV_TLS_TPREL64 */
	case 12: return REL_TLSDESC;		/* R_RISCV_TLSDESC */
	case 58: return REL_IRELATIVE;		/* R_RISCV_IRELATIVE */
	}
	return REL_UNKNOWN;
}

static inline const char *arch_reloc_name(uint32_t type)
{
	switch (type) {
	case 0: return "R_RISCV_NONE";
	case 2: return "R_RISCV_64";
	case 3: return "R_RISCV_RELATIVE";
	case 4: return "R_RISCV_COPY";
	case 5: return "R_RISCV_JUMP_SLOT";
	case 7: return "R_RISCV_TLS_DTPMOD64";
	case 9: return "R_RISCV_TLS_DTPREL64";
	case 11: return "R_RISCV_TLS_TPREL64";
	case 12: return "R_RISCV_TLSDESC";
	case 58: return "R_RISCV_IRELATIVE";
	}
	return "unknown";
}

/*
 * Thread control block, TLS variant I: static TLS lies above the thread
 * pointer, and tp (x4) points right at the executable's block, so the
 * whole of our record lies below tp, where no compiled code looks but
 * ours: the canary in its last word, where -mstack-protector-guard=tls
 * -mstack-protector-guard-reg=tp -mstack-protector-guard-offset=-8 reads
 * it.
 */
struct tcb {
	uintptr_t reserved[2];		/* tp - 56: zero (thread_db.c) */
	struct tcb *self;		/* tp - 40 */
	struct tcb *self2;		/* tp - 32 */
	uintptr_t pointer_guard;	/* tp - 24 */
	void *dtv;			/* tp - 16 */
	uintptr_t canary;		/* tp - 8 */
};

#define ARCH_TLS_VARIANT 1
/* tp points just past struct tcb. */
#define ARCH_TP_IN_TCB 56
/* Where compiled code reads the canary, from tp; tls.c checks struct tcb. */
#define ARCH_CANARY_OFFSET (-8)

/*
 * How glibc's libthread_db finds a thread's TCB (thread_db.c): the
 * debugger reads tp and subtracts the constant, so the constant is
 * where tp points inside struct tcb (ARCH_TP_IN_TCB).
 */
#define ARCH_THREAD_DB_SELF_NAME _thread_db_const_thread_area
#define ARCH_THREAD_DB_SELF { 56 }
/*
 * The psABI's DTPREL words hold the offset in the block minus 0x800
 * (TLS_DTV_OFFSET); __tls_get_addr adds it back (tls_get_addr.c).
 */
#define ARCH_DTV_OFFSET 0x800

/*
 * gcc's default guard here is the global __stack_chk_guard, and glibc's
 * loader defines it: programs built against glibc, and ours without
 * libssp, expect the loader to export it (stage2.c sets it).
 */
#define ARCH_EXPORTS_STACK_CHK_GUARD 1

/*
 * gp belongs to the program: the linker relaxes a non-PIE program's
 * accesses to data within 2 KiB of __global_pointer$ into gp-relative
 * ones, and glibc's loader sets gp from that symbol (weak: a program
 * without it is left alone) before the program's IFUNC resolvers run.
 * Our code never touches gp after this: gcc does not allocate it, and the
 * loader, a shared object, is never relaxed against it.
 */
#define ARCH_GLOBAL_POINTER_SYMBOL "__global_pointer$"
static inline void arch_set_global_pointer(Elf_Addr value)
{
	__asm__ volatile ("mv gp, %0" : : "r"(value) : "memory");
}

/* ldso_setjmp saves s0-s11, ra, sp and fs0-fs11 (jump.S). */
#define ARCH_JMP_BUF_WORDS 26

#define ARCH_SET_TP_CALL "mv tp"

/*
 * tp is an ordinary register the compiler never allocates: setting it is
 * a move, nothing to fail.
 */
static inline long arch_set_thread_pointer(void *tp)
{
	__asm__ volatile ("mv tp, %0" : : "r"(tp) : "memory");
	return 0;
}

static inline void *arch_thread_pointer(void)
{
	void *tp;
	__asm__ volatile ("mv %0, tp" : "=r"(tp));
	return tp;
}

/*
 * Does this code read the TLS canary?  Looks for `ld rd, -8(tp)` (any rd)
 * at every 2-byte boundary (compressed instructions).  For --audit only;
 * a false negative just reports "no".
 */
static inline bool arch_reads_canary(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i + 4 <= n; i += 2) {
		uint32_t w = p[i] | p[i + 1] << 8 | p[i + 2] << 16 |
			     (uint32_t)p[i + 3] << 24;
		if ((w & 0xfffff07fu) == 0xff823003u)
			return true;
	}
	return false;
}

/*
 * Lazy binding (ldso/lazy.c, trampoline.S).  PLT0 jumps to GOT[0] with t0
 * = GOT[1] and t1 = the slot's index times 8; the trampoline passes t1.
 */
#define ARCH_PLT_RELOC_SCALE 8
/* .got.plt: GOT[0] the trampoline, GOT[1] the object, then the slots. */
#define ARCH_PLT_GOT_HEADER 2
#define ARCH_PLT_GOT_OBJECT 1
#define ARCH_PLT_GOT_TRAMPOLINE 0

/* GNU ld leaves -1 in GOT[0] and 0 in GOT[1]; lld and mold zeros. */
static inline bool arch_plt_got_header_ok(const Elf_Addr *got)
{
	return (got[0] == 0 || got[0] == (Elf_Addr)-1) && got[1] == 0;
}
#define ARCH_PLT_GOT_HEADER_OK 1

/*
 * IFUNC resolvers get (AT_HWCAP (16), 0, 0), as from glibc 2.36 (newer
 * glibc passes its __riscv_hwprobe in the second: a loader without it
 * passes 0, which resolvers must accept).
 */
static inline Elf_Addr arch_call_resolver(Elf_Addr fn, const uintptr_t *aux)
{
	return ((Elf_Addr(*)(unsigned long, void *, void *))fn)(aux[16], 0, 0);
}
#define ARCH_CALL_RESOLVER 1

void ldso_lazy_trampoline(void);

struct arch_lazy {
	void *trampoline;
	const char *method;
	uint32_t components;
	size_t state_size;
};

/* One trampoline: a0-a7 and fa0-fa7, the whole argument state (LP64D). */
static inline struct arch_lazy arch_lazy_setup(void)
{
	struct arch_lazy how = { ldso_lazy_trampoline, "fa0-fa7", 0, 64 };
	return how;
}

#endif
