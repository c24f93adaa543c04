/* Prints the canary the loader installed, read from the ABI's TLS slot. */
#include <stdio.h>

int main(void)
{
	unsigned long canary;
#if defined(__x86_64__)
	__asm__ ("mov %%fs:0x28, %0" : "=r"(canary));
#else
	__asm__ ("mov %%gs:0x14, %0" : "=r"(canary));
#endif
	printf("%lx %lu\n", canary, canary);
	return 0;
}
