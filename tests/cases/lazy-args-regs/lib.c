/*
 * Functions whose first call goes through a lazy PLT slot to an IFUNC
 * symbol: the fixup calls the resolver, which clobbers every register a
 * call may use for arguments or results (aarch64: x0-x8, q0-q7; riscv64:
 * a0-a7, fa0-fa7), so the arguments arrive only if the trampoline saved
 * and restored them all.
 */
#include "args.h"

static void clobber(void)
{
#if defined(__aarch64__)
	__asm__ volatile(
		"mov x0, #0x5555\n\tmov x1, #0x5555\n\tmov x2, #0x5555\n\t"
		"mov x3, #0x5555\n\tmov x4, #0x5555\n\tmov x5, #0x5555\n\t"
		"mov x6, #0x5555\n\tmov x7, #0x5555\n\tmov x8, #0x5555\n\t"
		"movi v0.2d, #0xffffffffffffffff\n\tmovi v1.2d, #0xffffffffffffffff\n\t"
		"movi v2.2d, #0xffffffffffffffff\n\tmovi v3.2d, #0xffffffffffffffff\n\t"
		"movi v4.2d, #0xffffffffffffffff\n\tmovi v5.2d, #0xffffffffffffffff\n\t"
		"movi v6.2d, #0xffffffffffffffff\n\tmovi v7.2d, #0xffffffffffffffff"
		::: "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8",
		    "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "memory");
#elif defined(__riscv)
	__asm__ volatile(
		"li a0, 0x5555\n\tli a1, 0x5555\n\tli a2, 0x5555\n\tli a3, 0x5555\n\t"
		"li a4, 0x5555\n\tli a5, 0x5555\n\tli a6, 0x5555\n\tli a7, 0x5555\n\t"
		"li t0, -1\n\tfmv.d.x fa0, t0\n\tfmv.d.x fa1, t0\n\tfmv.d.x fa2, t0\n\t"
		"fmv.d.x fa3, t0\n\tfmv.d.x fa4, t0\n\tfmv.d.x fa5, t0\n\t"
		"fmv.d.x fa6, t0\n\tfmv.d.x fa7, t0"
		::: "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "t0",
		    "fa0", "fa1", "fa2", "fa3", "fa4", "fa5", "fa6", "fa7", "memory");
#endif
}

static long mixed_impl(long a, long b, long c, long d, long e, long f, long g,
		       long h, double p, double q, double r, double s, double t,
		       double u, double v, double w)
{
	return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h +
	       (long)(10 * p + 20 * q + 30 * r + 40 * s + 50 * t + 60 * u +
		      70 * v + 80 * w);
}

/* Returned through memory: the caller passes its address in x8 / a0. */
static struct big big_impl(long x)
{
	struct big b = { { x, 2 * x, 3 * x, 4 * x, 5 * x } };
	return b;
}

static double fp_impl(double a, double b, float c, double d)
{
	return a * 1000 + b * 100 + c * 10 + d;
}

static void *resolve_mixed(void) { clobber(); return (void *)mixed_impl; }
static void *resolve_big(void) { clobber(); return (void *)big_impl; }
static void *resolve_fp(void) { clobber(); return (void *)fp_impl; }

long mixed(long, long, long, long, long, long, long, long, double, double,
	   double, double, double, double, double, double)
	__attribute__((ifunc("resolve_mixed")));
struct big big(long) __attribute__((ifunc("resolve_big")));
double fp(double, double, float, double) __attribute__((ifunc("resolve_fp")));
