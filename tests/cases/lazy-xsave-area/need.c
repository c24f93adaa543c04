/*
 * What the lazy trampoline must save on this CPU, from CPUID alone, as
 * the psABI and the SDM describe it: the method (xsavec when the CPU has
 * it and the kernel enabled xsave, else xsave, else fxsave), the
 * components (XCR0's among those a call may carry: x86-64 0xe6, SSE, AVX,
 * the opmasks and both zmm parts; i386 0x67, x87, SSE, AVX, the opmasks
 * and the upper halves of zmm0-7) and the area's size, rounded to 64;
 * without xsave fxsave's 512 bytes (i386: fnsave's 108 without fxsave);
 * for xsavec the components'
 * sizes after the 576-byte legacy area and header, each 64-aligned if
 * leaf 0xd says so; for xsave the end of the highest.  Run the way the
 * program runs (under qemu-user: qemu's CPU).
 */
#include <stdio.h>
#include <cpuid.h>

#ifdef __x86_64__
#define COMPONENTS 0xe6u
#else
#define COMPONENTS 0x67u
#endif

int main(void)
{
	unsigned a, b, c, d, max, comps, xcr0, xcr0_hi, compact, size = 512;

	__cpuid(0, max, b, c, d);
	__cpuid(1, a, b, c, d);
	if (max < 0xd || !(c & (1u << 27))) {
		if (d & (1u << 24))
			printf("fxsave 0x3 512\n");
		else
			printf("fnsave 0x1 128\n");
		return 0;
	}
	__asm__ volatile ("xgetbv" : "=a"(xcr0), "=d"(xcr0_hi) : "c"(0));
	comps = xcr0 & COMPONENTS;
	__cpuid_count(0xd, 1, a, b, c, d);
	compact = a & 2;
	size = 576;
	for (unsigned i = 2; i < 32; i++) {
		if (!(comps & (1u << i)))
			continue;
		__cpuid_count(0xd, i, a, b, c, d);
		if (!compact) {
			if (b + a > size)
				size = b + a;
			continue;
		}
		if (c & 2)
			size = (size + 63) & ~63u;
		size += a;
	}
	printf("%s 0x%x %u\n", compact ? "xsavec" : "xsave", comps, (size + 63) & ~63u);
	return 0;
}
