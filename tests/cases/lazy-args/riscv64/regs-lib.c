/*
 * liblazyargs.so, RISC-V part: what the common functions reach only one
 * at a time, each an IFUNC whose resolver clobbers (clobber.h).  all:
 * the sixteen argument registers in one call, a0-a7 and fa0-fa7 (four
 * doubles, four NaN-boxed floats).  big: a0 the address of the struct it
 * returns, a1-a7 the arguments.
 */
#include "clobber.h"
#include "regs.h"

static long all_body(long a, long b, long c, long d, long e, long f, long g,
		     long h, double p, double q, double r, double s, float t,
		     float u, float v, float w)
{
	return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h +
	       (long)(10 * p + 20 * q + 30 * r + 40 * s + 50 * t + 60 * u +
		      70 * v + 80 * w);
}

static struct wide big_body(long a, long b, long c, long d, long e, long f,
			    long g)
{
	struct wide w = { { a + 2 * b, 3 * c + 4 * d, 5 * e + 6 * f, 7 * g, a * g } };

	return w;
}

static __typeof__(all_body) *resolve_all(void)
{
	clobber();
	return all_body;
}

static __typeof__(big_body) *resolve_big(void)
{
	clobber();
	return big_body;
}

long all_if(long, long, long, long, long, long, long, long, double, double,
	    double, double, float, float, float, float)
	__attribute__((ifunc("resolve_all")));
struct wide big_if(long, long, long, long, long, long, long)
	__attribute__((ifunc("resolve_big")));
