/*
 * i386: everything the generic loader needs to know about this CPU.
 * The same set of names exists in every arch/<arch>/arch.h.  ldso/ldso.h
 * includes it after elf.h and reloc_kind.h, whose names it uses.
 */
#ifndef ARCH_H
#define ARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "syscall.h"

#define ARCH_NAME "i386"
#define ARCH_ELF_CLASS ELFCLASS32
#define ARCH_ELF_MACHINE EM_386
#define ARCH_PAGE_SIZE 4096UL
/* Largest span one object may reserve: about half the address space. */
#define ARCH_MAX_SPAN (1UL << 31)
#define ARCH_DEFAULT_LIB_DIRS \
	"/lib/i386-linux-gnu:/usr/lib/i386-linux-gnu:/lib32:/usr/lib32:/lib:/usr/lib"

typedef Elf32_Ehdr Elf_Ehdr;
typedef Elf32_Phdr Elf_Phdr;
typedef Elf32_Dyn Elf_Dyn;
typedef Elf32_Sym Elf_Sym;
typedef uint32_t Elf_Addr;

/* i386 uses REL: the addend is the word already at the place. */
typedef Elf32_Rel Elf_Reloc;
#define ARCH_RELOC_TAG DT_REL
#define ARCH_RELOC_SIZE_TAG DT_RELSZ
/* The other format's size tag: an object using it is refused. */
#define ARCH_FOREIGN_RELOC_SIZE_TAG DT_RELASZ
#define ARCH_RELOC_HAS_ADDEND 0
#define ARCH_R_TYPE(info) ((info) & 0xff)
#define ARCH_R_SYM(info) ((info) >> 8)

/* The kinds of the types arch_reloc_kind does not test first. */
static inline enum reloc_kind arch_reloc_kind_rare(uint32_t type)
{
	switch (type) {
	case 0: return REL_NONE;		/* R_386_NONE */
	case 2: return REL_PC_WORD;		/* R_386_PC32: a full word here */
	case 5: return REL_COPY;		/* R_386_COPY */
	case 14: return REL_TPOFF;		/* R_386_TLS_TPOFF */
	case 35: return REL_DTPMOD;		/* R_386_TLS_DTPMOD32 */
	case 36: return REL_DTPOFF;		/* R_386_TLS_DTPOFF32 */
	case 37: return REL_TPOFF_NEG;		/* R_386_TLS_TPOFF32 */
	case 41: return REL_TLSDESC;		/* R_386_TLS_DESC */
	case 42: return REL_IRELATIVE;		/* R_386_IRELATIVE */
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
#define ARCH_R_JUMP_SLOT 7		/* R_386_JMP_SLOT */

static inline enum reloc_kind arch_reloc_kind(uint32_t type)
{
	if (type == 8)
		return REL_RELATIVE;		/* R_386_RELATIVE */
	if (type == 6)
		return REL_GOT;			/* R_386_GLOB_DAT */
	if (type == 1)
		return REL_WORD;		/* R_386_32 */
	if (type == ARCH_R_JUMP_SLOT)
		return REL_PLT;
	return arch_reloc_kind_rare(type);
}

static inline const char *arch_reloc_name(uint32_t type)
{
	switch (type) {
	case 0: return "R_386_NONE";
	case 1: return "R_386_32";
	case 2: return "R_386_PC32";
	case 5: return "R_386_COPY";
	case 6: return "R_386_GLOB_DAT";
	case 7: return "R_386_JMP_SLOT";
	case 8: return "R_386_RELATIVE";
	case 14: return "R_386_TLS_TPOFF";
	case 35: return "R_386_TLS_DTPMOD32";
	case 36: return "R_386_TLS_DTPOFF32";
	case 37: return "R_386_TLS_TPOFF32";
	case 41: return "R_386_TLS_DESC";
	case 42: return "R_386_IRELATIVE";
	}
	return "unknown";
}

/*
 * Thread control block, TLS variant II: static TLS lies below the thread
 * pointer, the TCB at it.  Offsets are glibc's tcbhead_t, because compiled
 * code hard-codes two of them: %gs:0 (tp itself) and %gs:0x14 (the canary).
 */
struct tcb {
	struct tcb *self;		/* 0x00: code reads %gs:0 to learn tp */
	void *dtv;			/* 0x04 */
	struct tcb *self2;		/* 0x08 */
	uintptr_t unused[2];		/* 0x0c */
	uintptr_t canary;		/* 0x14: -mstack-protector-guard=tls */
	uintptr_t pointer_guard;	/* 0x18 */
	uintptr_t reserved[9];		/* room glibc keeps too (up to 0x40) */
};

/* Where compiled code reads the canary; tls.c checks struct tcb agrees. */
#define ARCH_CANARY_OFFSET 0x14

struct arch_user_desc {
	uint32_t entry_number;
	uint32_t base_addr;
	uint32_t limit;
	uint32_t flags;
};

/*
 * How glibc's libthread_db finds a thread's TCB (thread_db.c): %gs holds
 * a GDT selector; libthread_db takes it from the registers the debugger
 * gives it (a 64-bit gdb gives x86-64's user_regs_struct, gs at 26 * 8),
 * shifts the index out (>> 3) and asks ps_get_thread_area for that
 * entry's base.  Only the 64-bit debugger's description: a 32-bit gdb
 * would look for _thread_db_register32_thread_area.
 */
#define ARCH_THREAD_DB_SELF_NAME _thread_db_register64_thread_area
#define ARCH_THREAD_DB_SELF { 64, 3, 26 * 8 }

/* The system call arch_set_thread_pointer makes, for error messages. */
#define ARCH_SET_TP_CALL "set_thread_area"

/*
 * set_thread_area makes a GDT entry whose base is tp; %gs then selects it.
 * The final TCB replacing the early one reuses the entry %gs selects; the
 * first call (or one where %gs holds something else, as under QEMU) asks
 * the kernel for a free entry with -1.  flags 0x51: 32-bit segment, limit
 * in pages, usable.
 */
static inline long arch_set_thread_area(struct arch_user_desc *d, void *tp,
					uint32_t entry)
{
	d->entry_number = entry;
	d->base_addr = (uint32_t)tp;
	d->limit = 0xfffff;
	d->flags = 0x51;
	return arch_syscall1(SYS_set_thread_area, (long)d);
}

static inline long arch_set_thread_pointer(void *tp)
{
	uint32_t gs;
	struct arch_user_desc d;
	long r = -1;

	__asm__ volatile ("mov %%gs, %0" : "=r"(gs));
	if (gs)
		r = arch_set_thread_area(&d, tp, gs >> 3);
	if (r < 0)
		r = arch_set_thread_area(&d, tp, (uint32_t)-1);
	if (r < 0)
		return r;
	gs = d.entry_number * 8 + 3;
	__asm__ volatile ("mov %0, %%gs" : : "r"(gs) : "memory");
	return 0;
}

static inline void *arch_thread_pointer(void)
{
	void *tp;
	__asm__ volatile ("mov %%gs:0, %0" : "=r"(tp));
	return tp;
}

/*
 * memset's and memcpy's middles (string.c): n words.  rep stosl and
 * rep movsl run at cache speed on every CPU since 2012 (ERMS) and are
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
	__asm__ volatile ("rep stosl" : "+D"(d), "+c"(n) : "a"(w) : "memory");
}

static inline void arch_copy_words(void *d, const void *s, size_t n)
{
	__asm__ volatile ("rep movsl" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
}

/*
 * Does this code read the TLS canary?  Looks for %gs:0x14: either
 * 65 a1 14 00 00 00 (mov to %eax) or 65 op modrm(disp32) 14 00 00 00.
 * For --audit only; a false negative just reports "no".
 */
static inline bool arch_reads_canary(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i + 7 <= n; i++) {
		if (p[i] != 0x65)
			continue;
		if (p[i + 1] == 0xa1 && p[i + 2] == 0x14 && !p[i + 3] &&
		    !p[i + 4] && !p[i + 5])
			return true;
		if ((p[i + 2] & 0xc7) == 0x05 && p[i + 3] == 0x14 &&
		    !p[i + 4] && !p[i + 5] && !p[i + 6])
			return true;
	}
	return false;
}

/*
 * Lazy binding (ldso/lazy.c, trampoline.S).  A PLT entry pushes the byte
 * offset of its relocation in DT_JMPREL; PLT0 pushes GOT[1] and jumps to
 * GOT[2], the trampoline chosen here.
 */
#define ARCH_PLT_RELOC_SCALE sizeof(Elf32_Rel)

/*
 * The xsave components a call may carry arguments or results in, besides
 * the integer registers: SSE (bit 1: xmm0-7 and MXCSR; __m128
 * arguments), AVX (2: the upper halves of ymm0-7; __m256), AVX-512 opmask
 * (5) and ZMM_Hi256 (6), as on x86-64 (Hi16_ZMM, 7, does not exist in
 * 32-bit mode).  Also x87 (0), as fxsave and fnsave save it: its stack is
 * empty at a call, but not its control words.
 */
#define ARCH_LAZY_COMPONENTS 0x67u

void ldso_lazy_xsavec(void);
void ldso_lazy_xsave(void);
void ldso_lazy_fxsave(void);
void ldso_lazy_fnsave(void);
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
 * Which trampoline, from CPUID, as glibc chooses on x86-64: xsavec when the
 * CPU has it (compacted, so the smallest area), else xsave, both only when
 * the kernel enabled them (OSXSAVE) and for the components it enabled
 * (XCR0); else fxsave (FXSR), else fnsave for a CPU without SSE.  The
 * area's size, rounded to the 64 bytes xsave aligns it to, is what leaf
 * 0xd says: the sum of the components (each aligned if it asks) after the
 * 576-byte legacy area and header, or for xsave the end of the highest.
 * Up to six CPUIDs: arch_lazy_setup asks them only when the kernel does
 * not answer.
 */
static inline struct arch_lazy arch_lazy_probe(void)
{
	struct arch_lazy how = { ldso_lazy_fxsave, "fxsave", 3, 512 };
	uint32_t r[4], max, xcr0_lo, xcr0_hi;
	bool compact;

	arch_cpuid(0, 0, r);
	max = r[0];
	arch_cpuid(1, 0, r);
	if (!(r[3] & (1u << 24)))
		how = (struct arch_lazy){ ldso_lazy_fnsave, "fnsave", 1, 108 };
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
 * The bytes each xsave component of ARCH_LAZY_COMPONENTS past the legacy
 * area takes in a compacted one, fixed by the architecture whatever the
 * mode (a 32-bit process has ymm0-7 and zmm0-7, the area room for 16).
 */
static inline size_t lazy_component_size(unsigned i)
{
	switch (i) {
	case 2: return 16 * 16;
	case 5: return 8 * 8;
	case 6: return 16 * 32;
	}
	return 0;
}

#define ARCH_GET_XCOMP_SUPP 0x1021

/*
 * As on x86-64 (arch/x86_64/arch.h says why): the components from the
 * kernel (ARCH_GET_XCOMP_SUPP) and one CPUID for xsavec, where each
 * CPUID traps to the hypervisor in a virtual machine.  A CPU with AVX
 * has xsave, and so fxsave.  Without AVX, without xsavec, or where the
 * kernel does not answer (before Linux 5.16, qemu-user), CPUID says it
 * all (arch_lazy_probe), fnsave for a CPU without fxsave included.
 */
static inline struct arch_lazy arch_lazy_setup(void)
{
	struct arch_lazy how;
	uint64_t supported;
	uint32_t r[4];

	if (arch_syscall2(SYS_arch_prctl, ARCH_GET_XCOMP_SUPP,
			  (long)&supported) < 0 || !(supported & (1u << 2))) {
		how = arch_lazy_probe();
	} else {
		arch_cpuid(0xd, 1, r);
		if (r[0] & 2) {
			how = (struct arch_lazy){ ldso_lazy_xsavec, "xsavec",
				ARCH_LAZY_COMPONENTS & (uint32_t)supported, 576 };
			for (unsigned i = 2; i < 8; i++)
				if (how.components & (1u << i))
					how.state_size += lazy_component_size(i) + 63;
		} else {
			how = arch_lazy_probe();
		}
	}
	if (how.trampoline == ldso_lazy_xsavec || how.trampoline == ldso_lazy_xsave)
		ldso_lazy_xsave_mask = how.components;
	how.state_size = (how.state_size + 63) & ~(size_t)63;
	ldso_lazy_state_size = how.state_size;
	return how;
}

/*
 * arch_use_auxv (arch_defaults.h): from here on the loader's system calls
 * take the vDSO's entry, the kernel's own word (syscall.h).  Stages 1
 * and 2, built without LDSO_SYSCALL_ENTRY, never call it.
 */
#ifdef LDSO_SYSCALL_ENTRY
static inline void arch_use_auxv(const uintptr_t *aux)
{
	ldso_syscall_entry = aux[AT_SYSINFO];
}
#define ARCH_USE_AUXV 1
#endif

/*
 * arch_prefetch (arch_defaults.h): gcc's builtin emits nothing for a CPU
 * without SSE, which this build serves (fnsave above), so prefetcht0
 * comes from assembly, on a CPU whose AT_HWCAP (CPUID 1's edx) says SSE
 * (bit 25).
 */
static inline void arch_prefetch(const void *p, uintptr_t hwcap)
{
	if (hwcap & (1u << 25))
		__asm__ volatile ("prefetcht0 (%0)" : : "r"(p));
}
#define ARCH_PREFETCH 1

/* arch_touch_for_write (arch_defaults.h): a locked or of zero is one
 * write access to the word. */
static inline void arch_touch_for_write(void *p)
{
	__asm__ volatile ("lock orl $0, %0" : "+m"(*(volatile uint32_t *)p));
}
#define ARCH_TOUCH_FOR_WRITE 1

#endif
