/*
 * x86-64: everything the generic loader needs to know about this CPU.
 * The same set of names exists in every arch/<arch>/arch.h.  ldso/ldso.h
 * includes it after elf.h and reloc_kind.h, whose names it uses.
 */
#ifndef ARCH_H
#define ARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "syscall.h"

#define ARCH_NAME "x86_64"
#define ARCH_ELF_CLASS ELFCLASS64
#define ARCH_ELF_MACHINE EM_X86_64
#define ARCH_PAGE_SIZE 4096UL
/* Largest span one object may reserve: user space is 47 bits. */
#define ARCH_MAX_SPAN (1UL << 46)
#define ARCH_DEFAULT_LIB_DIRS \
	"/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu:/lib64:/usr/lib64:/lib:/usr/lib"

typedef Elf64_Ehdr Elf_Ehdr;
typedef Elf64_Phdr Elf_Phdr;
typedef Elf64_Dyn Elf_Dyn;
typedef Elf64_Sym Elf_Sym;
typedef uint64_t Elf_Addr;

/* x86-64 uses RELA: explicit addends, in DT_RELA and DT_JMPREL. */
typedef Elf64_Rela Elf_Reloc;
#define ARCH_RELOC_TAG DT_RELA
#define ARCH_RELOC_SIZE_TAG DT_RELASZ
/* The other format's size tag: an object using it is refused. */
#define ARCH_FOREIGN_RELOC_SIZE_TAG DT_RELSZ
#define ARCH_RELOC_HAS_ADDEND 1
#define ARCH_R_TYPE(info) ((uint32_t)(info))
#define ARCH_R_SYM(info) ((uint32_t)((info) >> 32))

/* The kinds of the types arch_reloc_kind does not test first. */
static inline enum reloc_kind arch_reloc_kind_rare(uint32_t type)
{
	switch (type) {
	case 0: return REL_NONE;		/* R_X86_64_NONE */
	case 2: return REL_PC32;		/* R_X86_64_PC32 */
	case 5: return REL_COPY;		/* R_X86_64_COPY */
	case 10: return REL_ABS32;		/* R_X86_64_32 */
	case 11: return REL_ABS32S;		/* R_X86_64_32S */
	case 16: return REL_DTPMOD;		/* R_X86_64_DTPMOD64 */
	case 17: return REL_DTPOFF;		/* R_X86_64_DTPOFF64 */
	case 18: return REL_TPOFF;		/* R_X86_64_TPOFF64 */
	case 23: return REL_TPOFF32;		/* R_X86_64_TPOFF32 */
	case 24: return REL_PC_WORD;		/* R_X86_64_PC64 */
	case 36: return REL_TLSDESC;		/* R_X86_64_TLSDESC */
	case 37: return REL_IRELATIVE;		/* R_X86_64_IRELATIVE */
	}
	return REL_UNKNOWN;
}

/*
 * The four types nearly every table is made of are tested one by one,
 * before the switch: the compiler makes the switch a lookup in a table of
 * kinds, whose bounds test, load and address (a register more, on i386)
 * each relocation paid, where the loops that test for one kind (reloc.c)
 * now test the type itself.  2 % of start-up's instructions at medium
 * size, on both arches.
 */
/* The one type of kind REL_PLT (defer_table tests it by number). */
#define ARCH_R_JUMP_SLOT 7		/* R_X86_64_JUMP_SLOT */

static inline enum reloc_kind arch_reloc_kind(uint32_t type)
{
	if (type == 8)
		return REL_RELATIVE;		/* R_X86_64_RELATIVE */
	if (type == 6)
		return REL_GOT;			/* R_X86_64_GLOB_DAT */
	if (type == 1)
		return REL_WORD;		/* R_X86_64_64 */
	if (type == ARCH_R_JUMP_SLOT)
		return REL_PLT;
	return arch_reloc_kind_rare(type);
}

static inline const char *arch_reloc_name(uint32_t type)
{
	switch (type) {
	case 0: return "R_X86_64_NONE";
	case 1: return "R_X86_64_64";
	case 2: return "R_X86_64_PC32";
	case 5: return "R_X86_64_COPY";
	case 6: return "R_X86_64_GLOB_DAT";
	case 7: return "R_X86_64_JUMP_SLOT";
	case 8: return "R_X86_64_RELATIVE";
	case 10: return "R_X86_64_32";
	case 11: return "R_X86_64_32S";
	case 16: return "R_X86_64_DTPMOD64";
	case 17: return "R_X86_64_DTPOFF64";
	case 18: return "R_X86_64_TPOFF64";
	case 23: return "R_X86_64_TPOFF32";
	case 24: return "R_X86_64_PC64";
	case 36: return "R_X86_64_TLSDESC";
	case 37: return "R_X86_64_IRELATIVE";
	}
	return "unknown";
}

/*
 * Thread control block, TLS variant II: static TLS lies below the thread
 * pointer, the TCB at it.  Offsets are glibc's tcbhead_t, because compiled
 * code hard-codes two of them: %fs:0 (tp itself) and %fs:0x28 (the canary).
 */
struct tcb {
	struct tcb *self;		/* 0x00: code reads %fs:0 to learn tp */
	void *dtv;			/* 0x08 */
	struct tcb *self2;		/* 0x10 */
	uintptr_t unused[2];		/* 0x18 */
	uintptr_t canary;		/* 0x28: -mstack-protector-guard=tls */
	uintptr_t pointer_guard;	/* 0x30 */
	uintptr_t reserved[9];		/* up to 0x80, room glibc keeps too */
};

/* Where compiled code reads the canary; tls.c checks struct tcb agrees. */
#define ARCH_CANARY_OFFSET 0x28

/*
 * How glibc's libthread_db finds a thread's TCB (thread_db.c): it is the
 * fs base, which the debugger reads with ps_get_thread_area(FS), FS being
 * 25 in <sys/reg.h>.
 */
#define ARCH_THREAD_DB_SELF_NAME _thread_db_const_thread_area
#define ARCH_THREAD_DB_SELF { 25 }

/* The system call arch_set_thread_pointer makes, for error messages. */
#define ARCH_SET_TP_CALL "arch_prctl"

/* ARCH_SET_FS: the fs base becomes tp. */
static inline long arch_set_thread_pointer(void *tp)
{
	return arch_syscall2(SYS_arch_prctl, 0x1002, (long)tp);
}

static inline void *arch_thread_pointer(void)
{
	void *tp;
	__asm__ volatile ("mov %%fs:0, %0" : "=r"(tp));
	return tp;
}

/*
 * memset's and memcpy's middles (string.c): n words.  rep stosq and
 * rep movsq run at cache speed on every CPU since 2012 (ERMS) and are
 * what musl's string functions use; each object's partial bss page is
 * cleared here, a kilobyte or more (valgrind counts one instruction per
 * word, against four for a loop).  The direction flag is clear at every
 * call (psABI).
 */
#define ARCH_HAS_STRING_WORDS 1
/* rep movs reads words at any alignment (at full speed on current CPUs). */
#define ARCH_COPY_ANY_ALIGNMENT 1

static inline void arch_fill_words(void *d, uintptr_t w, size_t n)
{
	__asm__ volatile ("rep stosq" : "+D"(d), "+c"(n) : "a"(w) : "memory");
}

static inline void arch_copy_words(void *d, const void *s, size_t n)
{
	__asm__ volatile ("rep movsq" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
}

/*
 * Does this code read the TLS canary?  Looks for %fs:0x28 as an absolute
 * memory operand: 64 (fs) REX.W op modrm(disp32 via SIB) 25 28 00 00 00.
 * For --audit only; a false negative just reports "no".
 */
static inline bool arch_reads_canary(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i + 9 <= n; i++)
		if (p[i] == 0x64 && (p[i + 1] & 0xf8) == 0x48 &&
		    (p[i + 3] & 0xc7) == 0x04 && p[i + 4] == 0x25 &&
		    p[i + 5] == 0x28 && !p[i + 6] && !p[i + 7] && !p[i + 8])
			return true;
	return false;
}

/*
 * Lazy binding (ldso/lazy.c, trampoline.S).  A PLT entry pushes the index
 * of its relocation in DT_JMPREL; PLT0 pushes GOT[1] and jumps to GOT[2],
 * the trampoline chosen here.
 */
#define ARCH_PLT_RELOC_SCALE 1

/*
 * The xsave components a call may carry arguments or results in, besides
 * the integer registers: SSE (bit 1: xmm0-15, MXCSR), AVX (2: the upper
 * halves of ymm0-15), AVX-512 opmask (5: k0-7), ZMM_Hi256 (6: the upper
 * halves of zmm0-15) and Hi16_ZMM (7: zmm16-31), glibc's set without MPX.
 * The x87 stack (0) is empty at every call.
 */
#define ARCH_LAZY_COMPONENTS 0xe6u

void ldso_lazy_xsavec(void);
void ldso_lazy_xsave(void);
void ldso_lazy_fxsave(void);
extern uint32_t ldso_lazy_xsave_mask;	/* in trampoline.S */
extern size_t ldso_lazy_state_size;

struct arch_lazy {
	void *trampoline;
	const char *method;
	uint32_t components;
	size_t state_size;
};

static inline void arch_cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4])
{
	__asm__ volatile ("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3])
			  : "a"(leaf), "c"(sub));
}

/*
 * Which trampoline, from CPUID, as glibc chooses: xsavec when the CPU has
 * it (compacted, so the smallest area), else xsave, both only when the
 * kernel enabled them (OSXSAVE) and for the components it enabled (XCR0);
 * else fxsave, which every x86-64 CPU has.  The area's size, rounded to
 * the 64 bytes xsave aligns it to, is what leaf 0xd says: the sum of the
 * components (each aligned if it asks) after the 576-byte legacy area and
 * header, or for xsave the end of the highest one.  Up to seven CPUIDs:
 * arch_lazy_setup asks them only when the kernel does not answer.
 */
static inline struct arch_lazy arch_lazy_probe(void)
{
	struct arch_lazy how = { ldso_lazy_fxsave, "fxsave", 3, 512 };
	uint32_t r[4], max, xcr0_lo, xcr0_hi;
	bool compact;

	arch_cpuid(0, 0, r);
	max = r[0];
	arch_cpuid(1, 0, r);
	if (max >= 0xd && (r[2] & (1u << 27))) {
		__asm__ volatile ("xgetbv" : "=a"(xcr0_lo), "=d"(xcr0_hi) : "c"(0));
		how.components = ARCH_LAZY_COMPONENTS & xcr0_lo;
		how.state_size = 576;
		arch_cpuid(0xd, 1, r);
		compact = (r[0] & 2) != 0;
		for (unsigned i = 2; i < 32; i++) {
			if (!(how.components & (1u << i)))
				continue;
			/* eax: size, ebx: offset in the standard layout,
			 * ecx bit 1: 64-byte aligned in the compacted one */
			arch_cpuid(0xd, i, r);
			if (!compact) {
				if (r[1] + r[0] > how.state_size)
					how.state_size = r[1] + r[0];
				continue;
			}
			if (r[2] & 2)
				how.state_size = (how.state_size + 63) & ~(size_t)63;
			how.state_size += r[0];
		}
		how.trampoline = compact ? ldso_lazy_xsavec : ldso_lazy_xsave;
		how.method = compact ? "xsavec" : "xsave";
	}
	return how;
}

/*
 * The bytes each component of ARCH_LAZY_COMPONENTS takes in a compacted
 * area: its registers' width, fixed by the architecture (16 upper halves
 * of ymm, 16 bytes each; 8 opmasks of 8; 16 upper halves of zmm, 32
 * each; zmm16-31, 64 each).
 */
static inline size_t lazy_component_size(unsigned i)
{
	switch (i) {
	case 2: return 16 * 16;
	case 5: return 8 * 8;
	case 6: return 16 * 32;
	case 7: return 16 * 64;
	}
	return 0;
}

#define ARCH_GET_XCOMP_SUPP 0x1021

/*
 * A CPUID traps to the hypervisor in a virtual machine: about 9 us each
 * on the 2-core VM of bench/, where probing took 60 us, a fifth of a
 * small lazily bound program's whole run (glibc's loader asks dozens).
 * So the components come from the kernel (arch_prctl's
 * ARCH_GET_XCOMP_SUPP, Linux 5.16: the user components it enabled, x87
 * and SSE always), and only whether the CPU has xsavec from CPUID.  The
 * compacted area is the components' architectural sizes after the
 * 576-byte legacy area and header, with 63 bytes more each for the
 * alignment leaf 0xd could ask (none does on any CPU known).  Without
 * AVX the xmm registers are all, and fxsave saves them.  An older kernel
 * (or qemu-user, or valgrind, which refuse it), or a CPU without xsavec,
 * and arch_lazy_probe asks CPUID all.
 */
static inline struct arch_lazy arch_lazy_setup(void)
{
	struct arch_lazy how = { ldso_lazy_fxsave, "fxsave", 3, 512 };
	uint64_t supported;
	uint32_t r[4];

	if (arch_syscall2(SYS_arch_prctl, ARCH_GET_XCOMP_SUPP,
			  (long)&supported) < 0) {
		how = arch_lazy_probe();
	} else if (supported & (1u << 2)) {
		arch_cpuid(0xd, 1, r);
		if (r[0] & 2) {
			how.components = ARCH_LAZY_COMPONENTS & (uint32_t)supported;
			how.state_size = 576;
			for (unsigned i = 2; i < 8; i++)
				if (how.components & (1u << i))
					how.state_size += lazy_component_size(i) + 63;
			how.trampoline = ldso_lazy_xsavec;
			how.method = "xsavec";
		} else {
			how = arch_lazy_probe();
		}
	}
	if (how.trampoline != ldso_lazy_fxsave)
		ldso_lazy_xsave_mask = how.components;
	how.state_size = (how.state_size + 63) & ~(size_t)63;
	ldso_lazy_state_size = how.state_size;
	return how;
}

/* arch_touch_for_write (arch_defaults.h): a locked or of zero is one
 * write access to the word. */
static inline void arch_touch_for_write(void *p)
{
	__asm__ volatile ("lock orl $0, (%0)" : : "r"(p) : "memory");
}
#define ARCH_TOUCH_FOR_WRITE 1

#endif
