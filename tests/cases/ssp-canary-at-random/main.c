/*
 * Where the canary comes from: the first word of the AT_RANDOM bytes with
 * its lowest byte zeroed, as glibc derives it.  The loader's TLS canary
 * and libssp's __stack_chk_guard (set by its constructor) both equal it.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>

extern uintptr_t __stack_chk_guard;

static uintptr_t tls_canary(void)
{
	uintptr_t v;
#if defined(__x86_64__)
	__asm__ volatile("mov %%fs:0x28, %0" : "=r"(v));
#elif defined(__i386__)
	__asm__ volatile("mov %%gs:0x14, %0" : "=r"(v));
#elif defined(__aarch64__)
	/* tpidr_el0 + 8, where our loader keeps it (arch/aarch64/arch.h) */
	__asm__ volatile("mrs %0, tpidr_el0\n\tldr %0, [%0, #8]" : "=r"(v));
#elif defined(__riscv)
	/* tp - 8, where our loader keeps it (arch/riscv64/arch.h) */
	__asm__ volatile("ld %0, -8(tp)" : "=r"(v));
#endif
	return v;
}

int main(void)
{
	const void *random = (const void *)getauxval(AT_RANDOM);
	uintptr_t want = 0;

	if (!random) {
		printf("no AT_RANDOM\n");
		return 1;
	}
	memcpy(&want, random, sizeof want);
	want &= ~(uintptr_t)0xff;
	printf("TLS canary is AT_RANDOM's first word, low byte zeroed: %d\n",
	       tls_canary() == want);
	printf("__stack_chk_guard is the same: %d\n", __stack_chk_guard == want);
	return 0;
}
