/*
 * The optional part of the arch contract (docs/design.md, "The arch
 * contract"), with its one default each: what x86 does.  ldso.h includes
 * this right after arch.h, so an arch.h that defines a name wins.
 */
#ifndef LDSO_ARCH_DEFAULTS_H
#define LDSO_ARCH_DEFAULTS_H

/*
 * TLS variant: 2, static TLS below the thread pointer (x86), or 1, above
 * it (aarch64, riscv64).
 */
#ifndef ARCH_TLS_VARIANT
#define ARCH_TLS_VARIANT 2
#endif

/* Where the thread pointer points inside struct tcb, in bytes. */
#ifndef ARCH_TP_IN_TCB
#define ARCH_TP_IN_TCB 0
#endif

/* Variant I: the first byte above tp a TLS block may use. */
#ifndef ARCH_TLS_FIRST_OFFSET
#define ARCH_TLS_FIRST_OFFSET 0
#endif

/*
 * What the DTPREL word holds besides the offset in the block: riscv64's
 * psABI subtracts 0x800 there (its __tls_get_addr adds it back).
 */
#ifndef ARCH_DTV_OFFSET
#define ARCH_DTV_OFFSET 0
#endif

/*
 * Does the loader export __stack_chk_guard?  Where the compiler's default
 * canary is that global (aarch64, riscv64), glibc's loader defines it and
 * programs expect it there; on x86 the canary is in the TCB and the
 * loader's copy is hidden.
 */
#ifndef ARCH_EXPORTS_STACK_CHK_GUARD
#define ARCH_EXPORTS_STACK_CHK_GUARD 0
#endif

/*
 * The lazy-binding header at DT_PLTGOT: how many words, and which two the
 * loader fills with the object and the trampoline PLT0 jumps to.
 */
#ifndef ARCH_PLT_GOT_HEADER
#define ARCH_PLT_GOT_HEADER 3
#define ARCH_PLT_GOT_OBJECT 1
#define ARCH_PLT_GOT_TRAMPOLINE 2
#endif

/* Does the header look as the static linker leaves it?  Two zero words. */
#ifndef ARCH_PLT_GOT_HEADER_OK
static inline bool arch_plt_got_header_ok(const Elf_Addr *got)
{
	return got[ARCH_PLT_GOT_OBJECT] == 0 && got[ARCH_PLT_GOT_TRAMPOLINE] == 0;
}
#endif

/*
 * Call an IFUNC resolver with the arguments this CPU's glibc passes, aux
 * being the auxv by type: none on x86.
 */
#ifndef ARCH_CALL_RESOLVER
static inline Elf_Addr arch_call_resolver(Elf_Addr fn, const uintptr_t *aux)
{
	(void)aux;
	return ((Elf_Addr(*)(void))fn)();
}
#endif

/*
 * A register the program's code relies on and expects its loader to set
 * from one of its symbols: the global pointer riscv64's non-PIE code
 * reaches small data through (gp = __global_pointer$).  NULL: none, and
 * arch_set_global_pointer is never called.
 */
#ifndef ARCH_GLOBAL_POINTER_SYMBOL
#define ARCH_GLOBAL_POINTER_SYMBOL ((const char *)0)
static inline void arch_set_global_pointer(Elf_Addr value)
{
	(void)value;
}
#endif

/* Words ldso_setjmp (jump.S) saves: the callee-saved registers. */
#ifndef ARCH_JMP_BUF_WORDS
#define ARCH_JMP_BUF_WORDS 8
#endif

/*
 * Must the PLT slot of this symbol be bound at load even when the object
 * is bound lazily (its calling convention carries state the trampoline
 * does not save)?
 */
#ifndef ARCH_PLT_BIND_AT_LOAD
static inline bool arch_plt_bind_at_load(const Elf_Sym *sym)
{
	(void)sym;
	return false;
}
#endif

/*
 * What the arch takes from the aux vector for itself, once boot.c has
 * read it (i386: the vDSO's system call entry, syscall.h).
 */
#ifndef ARCH_USE_AUXV
static inline void arch_use_auxv(const uintptr_t *aux)
{
	(void)aux;
}
#endif

/*
 * Ask for the cache line at p ahead of a read (reloc.c: an object's
 * imports; symtable.c: a run's first slots).  A hint: it never faults, and
 * the answer never depends on it.  hwcap: AT_HWCAP, for a CPU where the
 * instruction is optional.
 */
#ifndef ARCH_PREFETCH
static inline void arch_prefetch(const void *p, uintptr_t hwcap)
{
	(void)hwcap;
	__builtin_prefetch(p);
}
#endif

/*
 * A write to the 4-byte word at p that leaves it as it was, made as one
 * write access: the first access to a page of a private file mapping
 * then copies it at once, where a read first maps the file's page and
 * the write after it faults again (dynamic.c, before_dynamic_read).  A
 * CPU whose only read-modify-write is a load and a store pair gains
 * nothing, and does nothing here (aarch64 without LSE; riscv64's GNU ld
 * ends the section at RELRO's page end, where the rule never applies).
 */
#ifndef ARCH_TOUCH_FOR_WRITE
static inline void arch_touch_for_write(void *p)
{
	(void)p;
}
#endif

/*
 * n words filled with w, or copied (memset's and memcpy's middles,
 * string.c); d is word-aligned, and s is too unless
 * ARCH_COPY_ANY_ALIGNMENT.  x86 has instructions for them.
 */
#ifndef ARCH_COPY_ANY_ALIGNMENT
#define ARCH_COPY_ANY_ALIGNMENT 0
#endif
#ifndef ARCH_HAS_STRING_WORDS
static inline void arch_fill_words(void *d, uintptr_t w, size_t n)
{
	for (uintptr_t *p = d; n; n--)
		*p++ = w;
}

static inline void arch_copy_words(void *d, const void *s, size_t n)
{
	const uintptr_t *from = s;

	for (uintptr_t *p = d; n; n--)
		*p++ = *from++;
}
#endif

/*
 * Do GLOB_DAT and JUMP_SLOT add their addend (S + A) or not (S)?  By each
 * psABI: x86 says S (glibc too; musl adds A, and i386's REL word in place
 * is overwritten), aarch64 S + A for both, riscv64 S for JUMP_SLOT (its
 * GOT entries are R_RISCV_64, S + A).  Linkers leave A 0; a file that
 * does not gets its CPU's formula, at start and at a first call alike.
 */
#ifndef ARCH_GOT_ADDEND
#define ARCH_GOT_ADDEND 0
#endif
#ifndef ARCH_PLT_ADDEND
#define ARCH_PLT_ADDEND 0
#endif

#endif
