/*
 * liblazyargs.so: functions with arguments of every kind, each exported
 * twice: plain, and as an IFUNC whose resolver clobbers what it may
 * (<cpu>/clobber.h).  Each result weighs every argument by its position,
 * so a lost or swapped argument shows.  <cpu>/regs-lib.c adds the
 * register arguments only that CPU has.
 */
#include <stdarg.h>
#include "args.h"
#include "clobber.h"	/* <cpu>/clobber.h: the build's -I picks the CPU */

static long ints_body(long a, long b, long c, long d, long e, long f, long g,
		      long h, long i, long j)
{
	return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
}

static double doubles_body(double a, double b, double c, double d, double e,
			   double f, double g, double h, double i, double j)
{
	return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
}

static long double ldoubles_body(long double a, long double b, long double c, int n)
{
	return a + 2 * b + 3 * c + 4 * n;
}

static double structs_body(struct small s, struct big g, struct small t)
{
	return s.a + 2 * s.b + 3 * g.v[0] + 4 * g.v[1] + 5 * g.v[2] + 6 * g.v[3] +
	       7 * g.v[4] + 8 * t.a + 9 * t.b;
}

/* The doubles come through va_arg: gcc saves xmm0-7 for it only if al != 0. */
static double vsum_body(int n, va_list ap)
{
	double sum = 0;

	for (int i = 1; i <= n; i++)
		sum += i * va_arg(ap, double);
	return sum;
}

static double mixed_body(int a, double b, long double c, struct small s, float f,
			 char ch, short sh, long long ll, double d2, int i2)
{
	return a + 2 * b + 3 * (double)c + 4 * s.a + 5 * s.b + 6 * f + 7 * ch +
	       8 * sh + 9 * ll + 10 * d2 + 11 * i2;
}

long ints(long a, long b, long c, long d, long e, long f, long g, long h,
	  long i, long j)
{
	return ints_body(a, b, c, d, e, f, g, h, i, j);
}

double doubles(double a, double b, double c, double d, double e, double f,
	       double g, double h, double i, double j)
{
	return doubles_body(a, b, c, d, e, f, g, h, i, j);
}

long double ldoubles(long double a, long double b, long double c, int n)
{
	return ldoubles_body(a, b, c, n);
}

double structs(struct small s, struct big g, struct small t)
{
	return structs_body(s, g, t);
}

/*
 * Aligned to 256: their address, the fixup's result, has a zero low byte,
 * so a trampoline that left it in rax would hand them al == 0.
 */
__attribute__((aligned(256))) double vsum(int n, ...)
{
	va_list ap;
	double r;

	va_start(ap, n);
	r = vsum_body(n, ap);
	va_end(ap);
	return r;
}

__attribute__((aligned(256))) static double vsum_variadic(int n, ...)
{
	va_list ap;
	double r;

	va_start(ap, n);
	r = vsum_body(n, ap);
	va_end(ap);
	return r;
}

double mixed(int a, double b, long double c, struct small s, float f, char ch,
	     short sh, long long ll, double d2, int i2)
{
	return mixed_body(a, b, c, s, f, ch, sh, ll, d2, i2);
}

static __typeof__(ints) *resolve_ints(void)
{
	clobber();
	return ints_body;
}

static __typeof__(doubles) *resolve_doubles(void)
{
	clobber();
	return doubles_body;
}

static __typeof__(ldoubles) *resolve_ldoubles(void)
{
	clobber();
	return ldoubles_body;
}

static __typeof__(structs) *resolve_structs(void)
{
	clobber();
	return structs_body;
}

static __typeof__(vsum) *resolve_vsum(void)
{
	clobber();
	return vsum_variadic;
}

static __typeof__(mixed) *resolve_mixed(void)
{
	clobber();
	return mixed_body;
}

long ints_if(long, long, long, long, long, long, long, long, long, long)
	__attribute__((ifunc("resolve_ints")));
double doubles_if(double, double, double, double, double, double, double,
		  double, double, double) __attribute__((ifunc("resolve_doubles")));
long double ldoubles_if(long double, long double, long double, int)
	__attribute__((ifunc("resolve_ldoubles")));
double structs_if(struct small, struct big, struct small)
	__attribute__((ifunc("resolve_structs")));
double vsum_if(int, ...) __attribute__((ifunc("resolve_vsum")));
double mixed_if(int, double, long double, struct small, float, char, short,
		long long, double, int) __attribute__((ifunc("resolve_mixed")));
