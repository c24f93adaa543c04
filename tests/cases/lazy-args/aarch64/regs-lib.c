/*
 * liblazyargs.so, AArch64 part: what the common functions do not reach,
 * each an IFUNC whose resolver clobbers (clobber.h).  vecs: eight 16-byte
 * vectors, q0-q7 whole (the common functions pass doubles, the low 64
 * bits, and long doubles in q0-q2 only).  big: nine integer-class
 * arguments at once, x0-x7, and x8, the address of the struct it returns.
 */
#include "clobber.h"
#include "regs.h"

static long vecs_body(v4si a, v4si b, v4si c, v4si d, v4si e, v4si f, v4si g,
		      v4si h)
{
	v4si all[8] = { a, b, c, d, e, f, g, h };
	long sum = 0;

	for (int i = 0; i < 8; i++)
		for (int j = 0; j < 4; j++)
			sum += (long)(4 * i + j + 1) * all[i][j];
	return sum;
}

static struct wide big_body(long a, long b, long c, long d, long e, long f,
			    long g, long h)
{
	struct wide w = { { a + 2 * b, 3 * c + 4 * d, 5 * e + 6 * f, 7 * g + 8 * h, a * h } };

	return w;
}

static __typeof__(vecs_body) *resolve_vecs(void)
{
	clobber();
	return vecs_body;
}

static __typeof__(big_body) *resolve_big(void)
{
	clobber();
	return big_body;
}

long vecs_if(v4si, v4si, v4si, v4si, v4si, v4si, v4si, v4si)
	__attribute__((ifunc("resolve_vecs")));
struct wide big_if(long, long, long, long, long, long, long, long)
	__attribute__((ifunc("resolve_big")));
