/*
 * Stage 1's relocation code (ldso/stage1.c), on relocations the loader's
 * own object happens not to have: DT_RELR with several bitmaps in a row,
 * and word, PC-relative, GOT and RELATIVE relocations with addends.  The
 * loader applies only its own relocations at boot, which a change of
 * compiler or linker may change; this program includes stage1.c and runs
 * its functions on made-up tables.  A static program: nothing else is
 * loaded, and it runs the same through the kernel or ld.so.
 */
#include <stdio.h>
#include <string.h>
#include "stage1.c"

#define WORDS 300
#define WORD (sizeof(Elf_Addr))

/* The RELR encoding of a sorted list of word indices (the gABI's). */
static size_t encode_relr(const size_t *idx, size_t n, Elf_Addr *out)
{
	const size_t bits = 8 * WORD - 1;
	size_t k = 0, i = 0;

	while (i < n) {
		size_t where = idx[i++];
		out[k++] = where * WORD;	/* an address entry */
		where++;
		for (;;) {	/* bitmaps for the words after it */
			Elf_Addr bitmap = 0;
			while (i < n && idx[i] - where < bits) {
				bitmap |= (Elf_Addr)1 << (idx[i] - where);
				i++;
			}
			if (!bitmap)
				break;
			out[k++] = (bitmap << 1) | 1;
			where += bits;
		}
	}
	return k;
}

static int test_relr(void)
{
	static Elf_Addr mem[WORDS];
	static Elf_Addr relr[WORDS];
	/* A run that needs three bitmaps in a row, a gap, and single words. */
	static const size_t idx[] = { 0, 1, 2, 5, 40, 62, 63, 64, 100, 126, 127,
				      128, 150, 180, 189, 190, 250, 299 };
	const size_t n = sizeof idx / sizeof idx[0];
	Elf_Addr base = (Elf_Addr)mem;
	size_t k = encode_relr(idx, n, relr), bad = 0, j = 0, bitmaps = 0;

	for (size_t i = 0; i < WORDS; i++)
		mem[i] = i;
	apply_relr(base, relr, k * WORD);
	for (size_t i = 0; i < WORDS; i++) {
		int want = j < n && idx[j] == i;
		j += want;
		if (mem[i] != (want ? base + i : i))
			bad++;
	}
	for (size_t i = 0; i < k; i++)
		bitmaps += relr[i] & 1;
	printf("RELR: %zu addresses, %zu bitmaps, %zu words wrong\n",
	       k - bitmaps, bitmaps, bad);
	return bad != 0;
}

/* The made-up object: its symbols and the places relocations write. */
struct image {
	Elf_Sym sym[3];
	Elf_Addr word[8];
};

#if ARCH_RELOC_HAS_ADDEND
#define RELOC(place, type, symbol, addend) \
	{ .r_offset = offsetof(struct image, word[place]), \
	  .r_info = ((uint64_t)(symbol) << 32) | (type), .r_addend = (addend) }
#else
#define RELOC(place, type, symbol, addend) \
	{ .r_offset = offsetof(struct image, word[place]), \
	  .r_info = ((symbol) << 8) | (type) }
#endif

/*
 * A PC-relative word has a dynamic relocation on x86 only (R_X86_64_PC64,
 * R_386_PC32); aarch64 and riscv64 have none, so there the two places get
 * one more RELATIVE each.
 */
#if defined(__x86_64__) || defined(__i386__)
#define PC_WORD 1
#define PC_RELOC(place, addend) RELOC(place, T_PC, 1, addend)
#else
#define PC_WORD 0
#define PC_RELOC(place, addend) RELOC(place, T_RELATIVE, 0, addend)
#endif

static int test_relocs(void)
{
	static struct image im;
#if defined(__x86_64__)
	enum { T_NONE = 0, T_WORD = 1, T_GOT = 6, T_PLT = 7, T_RELATIVE = 8, T_PC = 24 };
#elif defined(__i386__)
	enum { T_NONE = 0, T_WORD = 1, T_PC = 2, T_GOT = 6, T_PLT = 7, T_RELATIVE = 8 };
#elif defined(__aarch64__)
	enum { T_NONE = 0, T_WORD = 257, T_GOT = 1025, T_PLT = 1026, T_RELATIVE = 1027 };
#elif defined(__riscv)
	/* No GLOB_DAT: GOT slots carry R_RISCV_64 with addend 0. */
	enum { T_NONE = 0, T_WORD = 2, T_GOT = T_WORD, T_PLT = 5, T_RELATIVE = 3 };
#endif
	static const Elf_Addr addend[8] = { 16, 24, 0, 0, 40, 7, 8, 0x77 };
	Elf_Reloc rel[] = {
		RELOC(0, T_WORD, 1, addend[0]),		/* S + A */
		PC_RELOC(1, addend[1]),			/* S + A - P, or B + A */
		RELOC(2, T_GOT, 1, 0),			/* S */
		RELOC(3, T_PLT, 1, 0),			/* S */
		RELOC(4, T_RELATIVE, 0, addend[4]),	/* B + A */
		RELOC(5, T_WORD, 2, addend[5]),		/* undefined: 0 + A */
		PC_RELOC(6, addend[6]),
		RELOC(7, T_NONE, 1, 0),			/* left alone */
	};
	struct self s;
	Elf_Addr base = (Elf_Addr)&im, S, want[8];
	int bad = 0;

	memset(&im, 0, sizeof im);
	im.sym[1].st_value = 0x100;
	im.sym[1].st_shndx = 1;
	im.sym[2].st_shndx = SHN_UNDEF;
	for (int i = 0; i < 8; i++)
		im.word[i] = ARCH_RELOC_HAS_ADDEND ? 0x5a5a : addend[i];
	s.base = base;
	for (int i = 0; i < DT_NUM; i++)
		s.dyn[i] = 0;
	s.dyn[DT_SYMTAB] = offsetof(struct image, sym);
	S = base + 0x100;
	want[0] = S + addend[0];
	want[1] = PC_WORD ? S + addend[1] - (Elf_Addr)&im.word[1] : base + addend[1];
	want[2] = S;
	want[3] = S;
	want[4] = base + addend[4];
	want[5] = addend[5];
	want[6] = PC_WORD ? S + addend[6] - (Elf_Addr)&im.word[6] : base + addend[6];
	want[7] = im.word[7];
	apply_relocs(&s, rel, sizeof rel);
	for (int i = 0; i < 8; i++)
		if (im.word[i] != want[i]) {
			printf("relocation %d: wrong\n", i);
			bad = 1;
		}
	printf("word, %sGOT, PLT, RELATIVE, undefined, NONE: %s\n",
	       PC_WORD ? "PC-relative, " : "", bad ? "wrong" : "right");
	return bad;
}

int main(void)
{
	return test_relr() | test_relocs();
}
