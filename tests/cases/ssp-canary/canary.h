/* The TLS canary, read the way protected code reads it. */
#include <stdint.h>

static inline uintptr_t read_tls_canary(void)
{
	uintptr_t v;
#if defined(__x86_64__)
	__asm__ volatile("mov %%fs:0x28, %0" : "=r"(v));
#else
	__asm__ volatile("mov %%gs:0x14, %0" : "=r"(v));
#endif
	return v;
}
