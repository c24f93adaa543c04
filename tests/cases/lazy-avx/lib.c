/*
 * liblazyavx.so: __m256d arguments (ymm registers: eight on x86-64, three
 * on i386, the rest on the stack) through a lazy slot, plain and as an
 * IFUNC whose resolver clobbers ymm (../lazy-args/x86/clobber.h).  VEC is
 * __m256d, or __m512d when built with -DAVX512 (zmm registers), declared
 * as immintrin.h does (which takes long to compile).
 */
#include "clobber.h"

#ifdef AVX512
typedef double VEC __attribute__((vector_size(64), may_alias));	/* __m512d */
#define TARGET __attribute__((target("avx512f")))
#else
typedef double VEC __attribute__((vector_size(32), may_alias));	/* __m256d */
#define TARGET __attribute__((target("avx")))
#endif

TARGET static VEC vec_body(VEC a, VEC b, VEC c, VEC d, VEC e, VEC f, VEC g,
			   VEC h, VEC i)
{
	return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i;
}

TARGET static VEC vmix_body(int n, VEC a, double x, VEC b, long m, VEC c)
{
	return n + a + 2 * x + 3 * b + 4 * (double)m + 5 * c;
}

TARGET VEC vec(VEC a, VEC b, VEC c, VEC d, VEC e, VEC f, VEC g, VEC h, VEC i)
{
	return vec_body(a, b, c, d, e, f, g, h, i);
}

TARGET VEC vmix(int n, VEC a, double x, VEC b, long m, VEC c)
{
	return vmix_body(n, a, x, b, m, c);
}

static __typeof__(vec) *resolve_vec(void)
{
	clobber();
	return vec_body;
}

static __typeof__(vmix) *resolve_vmix(void)
{
	clobber();
	return vmix_body;
}

TARGET VEC vec_if(VEC, VEC, VEC, VEC, VEC, VEC, VEC, VEC, VEC)
	__attribute__((ifunc("resolve_vec")));
TARGET VEC vmix_if(int, VEC, double, VEC, long, VEC)
	__attribute__((ifunc("resolve_vmix")));
