/*
 * liblazyargs.so, x86 part: the register arguments the common functions
 * do not reach, each an IFUNC whose resolver clobbers (clobber.h).
 */
#include "clobber.h"

#ifdef __x86_64__
/*
 * r10, the static chain, and rax, al of a varargs call, set by the caller
 * in assembly: get_r10 and get_rax return what they held at the call.
 */
__asm__(".globl get_r10\n\t.type get_r10, @function\n"
	"get_r10:\n\tmov %r10, %rax\n\tret\n\t.size get_r10, . - get_r10\n\t"
	".globl get_rax\n\t.type get_rax, @function\n"
	"get_rax:\n\tret\n\t.size get_rax, . - get_rax");
long get_r10(void);
long get_rax(void);

static __typeof__(get_r10) *resolve_get_r10(void)
{
	clobber();
	return get_r10;
}

static __typeof__(get_rax) *resolve_get_rax(void)
{
	clobber();
	return get_rax;
}

long get_r10_if(void) __attribute__((ifunc("resolve_get_r10")));
long get_rax_if(void) __attribute__((ifunc("resolve_get_rax")));
#else
/* eax, edx, ecx: regparm(3) and fastcall arguments (ecx: also the static chain). */
__attribute__((regparm(3))) int regparm3(int a, int b, int c)
{
	return a + 2 * b + 3 * c;
}

__attribute__((fastcall)) int fast(int a, int b, int c)
{
	return a + 2 * b + 3 * c;
}

static __typeof__(regparm3) *resolve_regparm3(void)
{
	clobber();
	return regparm3;
}

static __typeof__(fast) *resolve_fast(void)
{
	clobber();
	return fast;
}

__attribute__((regparm(3))) int regparm3_if(int, int, int)
	__attribute__((ifunc("resolve_regparm3")));
__attribute__((fastcall)) int fast_if(int, int, int)
	__attribute__((ifunc("resolve_fast")));
#endif
