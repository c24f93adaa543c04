/* The TLS canary, read the way protected code reads it. */
#include <stdint.h>

static inline uintptr_t read_tls_canary(void)
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
