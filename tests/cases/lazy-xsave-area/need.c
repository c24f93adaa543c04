/*
 * What the lazy trampoline must save on this CPU, from CPUID alone, as
 * the psABI and the SDM describe it: the method (xsavec when the CPU has
 * it and the kernel enabled xsave, else xsave, else fxsave), the
 * components (XCR0's among SSE, AVX, the opmasks and both zmm parts:
 * 0xe6) and the area's size, rounded to 64: for xsavec the components'
 * sizes after the 576-byte legacy area and header, each 64-aligned if
 * leaf 0xd says so; for xsave the end of the highest.  Run the way the
 * program runs (under qemu-user: qemu's CPU).
 */
#include <stdio.h>
#include <cpuid.h>

int main(void)
{
	unsigned a, b, c, d, max, comps, xcr0, xcr0_hi, compact, size = 512;

	__cpuid(0, max, b, c, d);
	__cpuid(1, a, b, c, d);
	if (max < 0xd || !(c & (1u << 27))) {
		printf("fxsave 0x3 512\n");
		return 0;
	}
	__asm__ volatile ("xgetbv" : "=a"(xcr0), "=d"(xcr0_hi) : "c"(0));
	comps = xcr0 & 0xe6;
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
