/*
 * vec and vmix of liblazyavx.so, each called twice: first through its
 * lazy PLT slot, then through the bound slot; plain and IFUNC.  Prints
 * each lane times 4; "no AVX" (or "no AVX-512") when the CPU lacks it.
 */
#include <stdio.h>
#include <string.h>
#include "clobber.h"

/* __m512d and __m256d, declared as immintrin.h does. */
#ifdef AVX512
typedef double VEC __attribute__((vector_size(64), may_alias));
#define TARGET __attribute__((target("avx512f")))
#define LANES 8
#define NEED 1
#define SET(x) (VEC){ x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7 }
#else
typedef double VEC __attribute__((vector_size(32), may_alias));
#define TARGET __attribute__((target("avx")))
#define LANES 4
#define NEED 0
#define SET(x) (VEC){ x, x + 1, x + 2, x + 3 }
#endif

TARGET VEC vec(VEC, VEC, VEC, VEC, VEC, VEC, VEC, VEC, VEC);
TARGET VEC vec_if(VEC, VEC, VEC, VEC, VEC, VEC, VEC, VEC, VEC);
TARGET VEC vmix(int, VEC, double, VEC, long, VEC);
TARGET VEC vmix_if(int, VEC, double, VEC, long, VEC);

TARGET static void show(const char *what, VEC v)
{
	double lane[LANES];

	memcpy(lane, &v, sizeof(lane));
	printf("%s:", what);
	for (int i = 0; i < LANES; i++)
		printf(" %lld", (long long)(4 * lane[i]));
	printf("\n");
}

TARGET static void run(void)
{
	VEC a = SET(0.25), b = SET(1.5), c = SET(-2), d = SET(3.75), e = SET(4),
	    f = SET(0.5), g = SET(6), h = SET(-7.25), i = SET(8);

	for (int n = 0; n < 2; n++)
		show("vec", vec(a, b, c, d, e, f, g, h, i));
	for (int n = 0; n < 2; n++)
		show("vec_if", vec_if(a, b, c, d, e, f, g, h, i));
	for (int n = 0; n < 2; n++)
		show("vmix", vmix(3, a, 0.75, b, -5, c));
	for (int n = 0; n < 2; n++)
		show("vmix_if", vmix_if(3, a, 0.75, b, -5, c));
}

int main(void)
{
	if (!cpu_has(NEED)) {
		puts(NEED ? "no AVX-512" : "no AVX");
		return 0;
	}
	run();
	return 0;
}
