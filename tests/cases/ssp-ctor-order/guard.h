/* The canary in the mode this file is compiled for (GUARD_GLOBAL or not). */
#include <stdint.h>
#include <string.h>

#ifdef GUARD_GLOBAL
extern uintptr_t __stack_chk_guard;
#define CURRENT_CANARY() __stack_chk_guard
#else
static inline uintptr_t tls_canary(void)
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
#define CURRENT_CANARY() tls_canary()
#endif

/* Protected work for a constructor: an array, a call, a copy. */
__attribute__((noinline)) static int busy(const char *s)
{
	char buf[32];

	strcpy(buf, s);
	return (int)strlen(buf);
}
