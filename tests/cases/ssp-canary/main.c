/* Prints the canary as each part of the process sees it. */
#include <stdio.h>
#include "canary.h"

extern uintptr_t __stack_chk_guard;	/* libssp's, for the global guard */
uintptr_t liba_canary(void);
uintptr_t libb_canary(void);

int main(void)
{
	printf("exe %lx\n", (unsigned long)read_tls_canary());
	printf("liba %lx\n", (unsigned long)liba_canary());
	printf("libb %lx\n", (unsigned long)libb_canary());
	printf("libssp %lx\n", (unsigned long)__stack_chk_guard);
	return 0;
}
