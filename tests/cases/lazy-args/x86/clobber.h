/*
 * What an IFUNC resolver may change, changed: the loader calls the
 * resolver of an IFUNC symbol from inside its lazy-binding fixup, between
 * the trampoline's save and restore, so every register a call may carry
 * arguments in that the trampoline failed to keep would reach the target
 * wrong.  rax (al: the vector count of a varargs call) becomes 0, so a
 * lost al makes va_arg miss the doubles; the other integer registers -1;
 * the vector registers all ones, as wide as the CPU has them.
 */
#include <cpuid.h>

static unsigned long long xcr0(void)
{
	unsigned lo, hi;

	__asm__ volatile ("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
	return (unsigned long long)hi << 32 | lo;
}

static int cpu_has(int avx512)
{
	unsigned a, b, c, d;

	if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_OSXSAVE) || !(c & bit_AVX) ||
	    (xcr0() & 6) != 6)
		return 0;
	if (!avx512)
		return 1;
	return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & bit_AVX512F) &&
	       (xcr0() & 0xe0) == 0xe0;
}

#ifdef __x86_64__
__attribute__((target("avx"))) static void clobber_avx(void)
{
	__asm__ volatile (
		"vpcmpeqd %%ymm0, %%ymm0, %%ymm0\n\tvpcmpeqd %%ymm1, %%ymm1, %%ymm1\n\t"
		"vpcmpeqd %%ymm2, %%ymm2, %%ymm2\n\tvpcmpeqd %%ymm3, %%ymm3, %%ymm3\n\t"
		"vpcmpeqd %%ymm4, %%ymm4, %%ymm4\n\tvpcmpeqd %%ymm5, %%ymm5, %%ymm5\n\t"
		"vpcmpeqd %%ymm6, %%ymm6, %%ymm6\n\tvpcmpeqd %%ymm7, %%ymm7, %%ymm7\n\t"
		"vpcmpeqd %%ymm8, %%ymm8, %%ymm8\n\tvpcmpeqd %%ymm15, %%ymm15, %%ymm15"
		::: "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7",
		    "xmm8", "xmm15");
}

__attribute__((target("avx512f"))) static void clobber_avx512(void)
{
	__asm__ volatile (
		"vpternlogd $0xff, %%zmm0, %%zmm0, %%zmm0\n\tvpternlogd $0xff, %%zmm1, %%zmm1, %%zmm1\n\t"
		"vpternlogd $0xff, %%zmm2, %%zmm2, %%zmm2\n\tvpternlogd $0xff, %%zmm3, %%zmm3, %%zmm3\n\t"
		"vpternlogd $0xff, %%zmm4, %%zmm4, %%zmm4\n\tvpternlogd $0xff, %%zmm5, %%zmm5, %%zmm5\n\t"
		"vpternlogd $0xff, %%zmm6, %%zmm6, %%zmm6\n\tvpternlogd $0xff, %%zmm7, %%zmm7, %%zmm7\n\t"
		"vpternlogd $0xff, %%zmm16, %%zmm16, %%zmm16\n\tvpternlogd $0xff, %%zmm31, %%zmm31, %%zmm31\n\t"
		"kxnorw %%k0, %%k0, %%k1\n\tkxnorw %%k0, %%k0, %%k7"
		::: "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7",
		    "xmm16", "xmm31", "k1", "k7");
}

static void clobber(void)
{
	__asm__ volatile (
		"pcmpeqd %%xmm0, %%xmm0\n\tpcmpeqd %%xmm1, %%xmm1\n\tpcmpeqd %%xmm2, %%xmm2\n\t"
		"pcmpeqd %%xmm3, %%xmm3\n\tpcmpeqd %%xmm4, %%xmm4\n\tpcmpeqd %%xmm5, %%xmm5\n\t"
		"pcmpeqd %%xmm6, %%xmm6\n\tpcmpeqd %%xmm7, %%xmm7\n\tpcmpeqd %%xmm15, %%xmm15"
		::: "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm15");
	if (cpu_has(0))
		clobber_avx();
	if (cpu_has(1))
		clobber_avx512();
	__asm__ volatile (
		"xor %%eax, %%eax\n\tmov $-1, %%rcx\n\tmov $-1, %%rdx\n\tmov $-1, %%rsi\n\t"
		"mov $-1, %%rdi\n\tmov $-1, %%r8\n\tmov $-1, %%r9\n\tmov $-1, %%r10\n\t"
		"mov $-1, %%r11"
		::: "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11");
}
#else
__attribute__((target("avx"))) static void clobber_avx(void)
{
	__asm__ volatile (
		"vpcmpeqd %%ymm0, %%ymm0, %%ymm0\n\tvpcmpeqd %%ymm1, %%ymm1, %%ymm1\n\t"
		"vpcmpeqd %%ymm2, %%ymm2, %%ymm2\n\tvpcmpeqd %%ymm7, %%ymm7, %%ymm7"
		::: "xmm0", "xmm1", "xmm2", "xmm7");
}

__attribute__((target("avx512f"))) static void clobber_avx512(void)
{
	__asm__ volatile (
		"vpternlogd $0xff, %%zmm0, %%zmm0, %%zmm0\n\tvpternlogd $0xff, %%zmm1, %%zmm1, %%zmm1\n\t"
		"vpternlogd $0xff, %%zmm2, %%zmm2, %%zmm2\n\tvpternlogd $0xff, %%zmm7, %%zmm7, %%zmm7\n\t"
		"kxnorw %%k0, %%k0, %%k1\n\tkxnorw %%k0, %%k0, %%k7"
		::: "xmm0", "xmm1", "xmm2", "xmm7", "k1", "k7");
}

__attribute__((target("sse2"))) static void clobber_sse(void)
{
	__asm__ volatile (
		"pcmpeqd %%xmm0, %%xmm0\n\tpcmpeqd %%xmm1, %%xmm1\n\t"
		"pcmpeqd %%xmm2, %%xmm2\n\tpcmpeqd %%xmm7, %%xmm7"
		::: "xmm0", "xmm1", "xmm2", "xmm7");
}

static void clobber(void)
{
	unsigned a, b, c, d;

	if (__get_cpuid(1, &a, &b, &c, &d) && (d & bit_SSE2))
		clobber_sse();
	if (cpu_has(0))
		clobber_avx();
	if (cpu_has(1))
		clobber_avx512();
	__asm__ volatile ("xor %%eax, %%eax\n\tmov $-1, %%ecx\n\tmov $-1, %%edx"
			  ::: "eax", "ecx", "edx");
}
#endif
