/*
 * Static TLS of a libc-free executable, reached with the local-exec and
 * initial-exec models (general-dynamic needs __tls_get_addr, which
 * neither reference loader offers a libc-free program: docs/abi.md section 9).
 * The .tdata image, .tbss zeroed, an aligned(64) variable, the block
 * right below the thread pointer (above it on aarch64 and riscv64: TLS
 * variant I), and both models agreeing.
 */
#include "free.h"

/* TLS variant II (x86): the block lies below tp; variant I above it. */
#if defined(__x86_64__)
#define TP(v) __asm__ volatile("mov %%fs:0, %0" : "=r"(v))
#elif defined(__i386__)
#define TP(v) __asm__ volatile("mov %%gs:0, %0" : "=r"(v))
#elif defined(__aarch64__)
#define TP(v) __asm__ volatile("mrs %0, tpidr_el0" : "=r"(v))
#define TLS_ABOVE_TP 1
#elif defined(__riscv)
#define TP(v) __asm__ volatile("mv %0, tp" : "=r"(v))
#define TLS_ABOVE_TP 1
#endif

__thread int le_data = 0x5a5a;
__thread char le_bss[300];
__thread int le_aligned __attribute__((aligned(64))) = 64;
__thread char le_str[8] = "tdata";

/* The same variables through the initial-exec model (a GOT slot holding
 * the tp offset, filled by a TPOFF relocation when not relaxed). */
__attribute__((noinline)) static int *ie_data(void)
{
	extern __thread int le_data __attribute__((tls_model("initial-exec")));
	return &le_data;
}

__attribute__((noinline)) static char *le_bss_addr(void) { return le_bss; }

int main(int argc, char **argv, char **envp)
{
	unsigned long tp;
	char *bss = le_bss_addr();
	int zero = 1;

	(void)argc, (void)argv, (void)envp;
	TP(tp);
	for (int i = 0; i < 300; i++)
		zero &= bss[i] == 0;
	put_bool("data image", le_data == 0x5a5a);
	put_bool("string image", free_strcmp(le_str, "tdata") == 0);
	put_bool(".tbss zeroed", zero);
	put_bool("aligned image", le_aligned == 64);
	put_bool("aligned to 64", ((unsigned long)&le_aligned & 63) == 0);
#ifdef TLS_ABOVE_TP
	put_bool("block above the thread pointer",
		 (unsigned long)&le_data >= tp && (unsigned long)bss >= tp &&
		 (unsigned long)&le_data - tp < 4096);
#else
	put_bool("block below the thread pointer",
		 (unsigned long)&le_data < tp && (unsigned long)bss < tp &&
		 tp - (unsigned long)&le_data < 4096);
#endif
	put_bool("thread pointer aligned to 64", (tp & 63) == 0);
	put_bool("initial-exec agrees with local-exec", ie_data() == &le_data);
	le_data = 7;
	put_bool("write seen through initial-exec", *ie_data() == 7);
	return 0;
}
