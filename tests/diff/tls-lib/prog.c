/*
 * Static TLS of a libc-free executable (local-exec) and of its libc-free
 * library (initial-exec and TLS descriptors): images, .tbss, alignment,
 * both blocks below the thread pointer (above it and its 16-byte TCB on
 * aarch64, TLS variant I) without overlapping.
 */
#include "free.h"

/* TLS variant II (x86): blocks below tp; variant I (aarch64) above it. */
#if defined(__x86_64__)
#define TP(v) __asm__ volatile("mov %%fs:0, %0" : "=r"(v))
#define BELOW(x, tp) ((x) < (tp))
#elif defined(__i386__)
#define TP(v) __asm__ volatile("mov %%gs:0, %0" : "=r"(v))
#define BELOW(x, tp) ((x) < (tp))
#elif defined(__aarch64__)
#define TP(v) __asm__ volatile("mrs %0, tpidr_el0" : "=r"(v))
#define BELOW(x, tp) ((x) >= (tp) + 16)
#endif

int *lib_data_ie(void);
char *lib_bss_ie(void);
int *lib_aligned_ie(void);
int *desc_data_addr(void);
char *desc_bss_addr(void);
int *desc_aligned_addr(void);

__thread int exe_data = 11;
__thread int exe_aligned __attribute__((aligned(32))) = 12;

int main(int argc, char **argv, char **envp)
{
	unsigned long tp, d, a, e;
	char *bss = lib_bss_ie();
	int zero = 1;

	(void)argc, (void)argv, (void)envp;
	TP(tp);
	d = (unsigned long)lib_data_ie();
	a = (unsigned long)lib_aligned_ie();
	e = (unsigned long)&exe_data;
	for (int i = 0; i < 100; i++)
		zero &= bss[i] == 0;
	put_bool("program image", exe_data == 11 && exe_aligned == 12);
	put_bool("library data image", *lib_data_ie() == 0x77);
	put_bool("library .tbss zeroed", zero);
	put_bool("library aligned image", *lib_aligned_ie() == 3);
	put_bool("library aligned to 64", (a & 63) == 0);
	put_bool("program aligned to 32", ((unsigned long)&exe_aligned & 31) == 0);
	put_bool("blocks on the variant's side of the thread pointer",
		 BELOW(d, tp) && BELOW(a, tp) && BELOW(e, tp));
	put_bool("library block does not overlap the program's",
		 d + 4 <= (unsigned long)&exe_aligned || d >= e + 4);
	zero = 1;
	for (int i = 0; i < 50; i++)
		zero &= desc_bss_addr()[i] == 0;
	put_bool("descriptor data image", *desc_data_addr() == 0x99);
	put_bool("descriptor .tbss zeroed", zero);
	put_bool("descriptor aligned image and alignment",
		 *desc_aligned_addr() == 4 &&
		 ((unsigned long)desc_aligned_addr() & 63) == 0);
	put_bool("descriptor variables on the variant's side of the thread pointer",
		 BELOW((unsigned long)desc_data_addr(), tp));
	put_bool("descriptors are stable", desc_data_addr() == desc_data_addr());
	return 0;
}
