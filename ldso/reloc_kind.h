/*
 * Generic relocation kinds.  Each arch/<arch>/arch.h maps its own type
 * numbers onto these, so one switch in reloc.c serves every CPU.  The names
 * say what is computed (S = symbol value, A = addend, P = place, B = base).
 */
#ifndef LDSO_RELOC_KIND_H
#define LDSO_RELOC_KIND_H

enum reloc_kind {
	REL_NONE,
	REL_WORD,	/* word = S + A */
	REL_GOT,	/* word = S (GLOB_DAT; A = 0 in practice) */
	REL_PLT,	/* word = S (JUMP_SLOT; skips canonical PLT symbols) */
	REL_RELATIVE,	/* word = B + A */
	REL_COPY,	/* copy st_size bytes from the definition */
	REL_PC_WORD,	/* word = S + A - P */
	REL_PC32,	/* 32 bits = S + A - P, must fit signed */
	REL_ABS32,	/* 32 bits = S + A, must zero-extend */
	REL_ABS32S,	/* 32 bits = S + A, must sign-extend */
	REL_IRELATIVE,	/* word = (call B + A)() */
	REL_DTPMOD,	/* word = module id */
	REL_DTPOFF,	/* word = st_value + A */
	REL_TPOFF,	/* word = st_value + A - tlsoffset (negative) */
	REL_TPOFF32,	/* 32 bits = st_value + A - tlsoffset (non-PIC x86-64) */
	REL_TPOFF_NEG,	/* word = tlsoffset - st_value - A (positive, i386) */
	REL_TLSDESC,	/* two words: resolver, argument */
	REL_UNKNOWN
};

#endif
