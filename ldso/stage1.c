/*
 * Stage 1: the loader relocates itself.
 *
 * WHAT THIS FILE MAY TOUCH.  Until the last store of ldso_stage1 our own
 * GOT and every pointer in our data hold link-time values, so code here
 * must not read a global or static variable, a string literal's address,
 * a GOT slot or the stack-protector canary (in `global` guard mode the
 * canary IS a global read through the GOT; in `tls` mode there is no
 * thread pointer yet and %fs:0x28 / %gs:0x14 faults).  It must not call
 * any function that is not inlined here.  So: this file is built with
 * -fno-stack-protector and -fno-jump-tables (an i386 jump table is reached
 * through the GOT pointer), every function is static inline or marked
 * no_stack_protector, and the only memory touched is the stack, the auxv,
 * our dynamic section (read, and its first word written unchanged: see
 * ldso_stage1) and the words being relocated.  tests/boot-safety checks
 * the object.
 *
 * HOW CONTROL LEAVES.  ldso_stage1 returns to the entry code, which then
 * calls stage 2 (see arch/<arch>/start.S).  Returning to assembly, rather
 * than calling on from C, is what keeps the compiler from hoisting a GOT
 * load of stage 2 above the relocation loop.
 */
#include "elf.h"
#include "reloc_kind.h"
#include "arch.h"
#include "arch_defaults.h"

struct self {
	Elf_Addr base;
	Elf_Addr dyn[DT_NUM];
};

static inline void decode_self(struct self *s, Elf_Dyn *dynamic)
{
	for (int i = 0; i < DT_NUM; i++)
		s->dyn[i] = 0;
	for (; dynamic->d_tag != DT_NULL; dynamic++)
		if (dynamic->d_tag >= 0 && dynamic->d_tag < DT_NUM)
			s->dyn[dynamic->d_tag] = dynamic->d_val;
}

/*
 * Our base: AT_BASE when the kernel loaded us as an interpreter.  Run as a
 * command, AT_BASE is 0 and AT_PHDR describes us: the runtime address of
 * _DYNAMIC minus its PT_DYNAMIC p_vaddr is the base.
 */
static inline Elf_Addr find_base(uintptr_t *sp, Elf_Dyn *dynamic)
{
	uintptr_t *p = sp + 1 + sp[0] + 1;
	Elf_Addr base = 0, phdr = 0, phnum = 0;

	while (*p)
		p++;
	for (p++; p[0] != AT_NULL; p += 2) {
		if (p[0] == AT_BASE)
			base = p[1];
		else if (p[0] == AT_PHDR)
			phdr = p[1];
		else if (p[0] == AT_PHNUM)
			phnum = p[1];
	}
	if (base)
		return base;
	for (Elf_Phdr *ph = (Elf_Phdr *)phdr; phnum; phnum--, ph++)
		if (ph->p_type == PT_DYNAMIC)
			return (Elf_Addr)dynamic - ph->p_vaddr;
	__builtin_trap();
}

static inline void apply_relr(Elf_Addr base, Elf_Addr *relr, Elf_Addr size)
{
	Elf_Addr *where = 0;
	const unsigned bits = 8 * sizeof(Elf_Addr) - 1;

	for (; size >= sizeof(Elf_Addr); relr++, size -= sizeof(Elf_Addr)) {
		Elf_Addr entry = *relr;
		if ((entry & 1) == 0) {
			where = (Elf_Addr *)(base + entry);
			*where++ += base;
			continue;
		}
		for (unsigned i = 0; (entry >>= 1) != 0; i++)
			if (entry & 1)
				where[i] += base;
		where += bits;
	}
}

/*
 * Our own symbolic relocations (GLOB_DAT and word relocations against the
 * symbols we export) resolve to our own definitions: nothing else is
 * loaded yet, and the loader's exports must be its own.
 */
static inline Elf_Addr self_symbol(struct self *s, uint32_t index)
{
	Elf_Sym *sym = (Elf_Sym *)(s->base + s->dyn[DT_SYMTAB]) + index;

	if (sym->st_shndx == SHN_UNDEF)
		return 0;
	return s->base + sym->st_value;
}

static inline void apply_relocs(struct self *s, Elf_Reloc *rel, Elf_Addr size)
{
	for (; size >= sizeof(*rel); rel++, size -= sizeof(*rel)) {
		Elf_Addr *where = (Elf_Addr *)(s->base + rel->r_offset);
		uint32_t sym = ARCH_R_SYM(rel->r_info);
		Elf_Addr addend;
		Elf_Addr value = sym ? self_symbol(s, sym) : 0;

#if ARCH_RELOC_HAS_ADDEND
		addend = rel->r_addend;
#else
		addend = *where;
#endif
		switch (arch_reloc_kind(ARCH_R_TYPE(rel->r_info))) {
		case REL_RELATIVE:
			*where = s->base + addend;
			break;
		case REL_GOT:
		case REL_PLT:
			*where = value;
			break;
		case REL_WORD:
			*where = value + addend;
			break;
		case REL_PC_WORD:
			*where = value + addend - (Elf_Addr)where;
			break;
		case REL_NONE:
			break;
		default:
			__builtin_trap();
		}
	}
}

__attribute__((no_stack_protector, used))
void ldso_stage1(uintptr_t *sp, Elf_Dyn *dynamic)
{
	struct self s;

#ifdef LDSO_BOOT_2008_DEMO
	/*
	 * Only in the deliberately broken loaders of tests/boot2008: the 2008
	 * mistake, a call to a protected function before self-relocation.
	 * docs/boot-order.md tells how each build of it dies.
	 */
	extern void ldso_demo_protected_probe(void)
		__attribute__((visibility("hidden")));
	ldso_demo_protected_probe();
#endif
	/*
	 * Our dynamic section shares its page with the GOT and the
	 * .data.rel.ro that the relocations below write.  Read first, that
	 * page would be mapped from the file and then copied at the first
	 * store: two page faults, for every program.  One write access first
	 * (an inline instruction, or nothing where the CPU has no one-access
	 * read-modify-write: arch_defaults.h) copies it at once.
	 */
	arch_touch_for_write(dynamic);
	s.base = find_base(sp, dynamic);
	decode_self(&s, dynamic);
	if (s.dyn[DT_RELRSZ])
		apply_relr(s.base, (Elf_Addr *)(s.base + s.dyn[DT_RELR]),
			   s.dyn[DT_RELRSZ]);
	if (s.dyn[ARCH_RELOC_SIZE_TAG])
		apply_relocs(&s, (Elf_Reloc *)(s.base + s.dyn[ARCH_RELOC_TAG]),
			     s.dyn[ARCH_RELOC_SIZE_TAG]);
	if (s.dyn[DT_PLTRELSZ])
		apply_relocs(&s, (Elf_Reloc *)(s.base + s.dyn[DT_JMPREL]),
			     s.dyn[DT_PLTRELSZ]);
}
