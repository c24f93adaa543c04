/* Prints the canary the loader installed, read from the ABI's TLS slot. */
#include <stdio.h>

int main(void)
{
	unsigned long canary;
#if defined(__x86_64__)
	__asm__ ("mov %%fs:0x28, %0" : "=r"(canary));
#elif defined(__i386__)
	__asm__ ("mov %%gs:0x14, %0" : "=r"(canary));
#elif defined(__aarch64__)
	/* tpidr_el0 + 8, where our loader keeps it (arch/aarch64/arch.h) */
	__asm__ volatile("mrs %0, tpidr_el0\n\tldr %0, [%0, #8]" : "=r"(canary));
#elif defined(__riscv)
	/* tp - 8, where our loader keeps it (arch/riscv64/arch.h) */
	__asm__ volatile("ld %0, -8(tp)" : "=r"(canary));
#endif
	printf("%lx %lu\n", canary, canary);
	return 0;
}
