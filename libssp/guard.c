/*
 * __stack_chk_guard: the canary of code built with
 * -mstack-protector-guard=global, which reads it through the GOT.
 *
 * Every object in the process must see one canary.  Our loader and glibc's
 * put in the TLS slot (%fs:0x28, %gs:0x14) the first word of the AT_RANDOM
 * bytes with its lowest byte (the first in memory) zeroed; this file derives
 * the global guard from AT_RANDOM the same way, so the two agree without
 * reading the TLS slot, which faults when no thread pointer was set up.
 * The zero byte stops string overflows (strcpy and friends) from copying
 * past the canary unnoticed, and keeps it from being printed as a string.
 */
#include <stdint.h>
#include "ssp.h"
#include "syscall.h"

#define AT_NULL 0
#define AT_RANDOM 25
#define EINTR 4

/*
 * The value before the constructor runs.  It is public, so it protects
 * nothing against a deliberate attack and nothing relies on it: the
 * constructor replaces it before any object that uses this guard runs
 * code (libssp is one of their dependencies, and dependencies are
 * initialised first).  It is not zero, and it holds NUL, CR, LF and 0xff
 * bytes, which string functions stop at, so that even code run earlier
 * gets a terminator canary rather than none.
 */
uintptr_t __stack_chk_guard = (uintptr_t)0xff0a0d00ff0a0d00ull;

/*
 * The auxiliary vector follows the NULL that ends envp.  Only trust that
 * when envp is where the kernel put it, right after argv's NULL: musl, for
 * one, calls constructors without arguments, and then these are garbage.
 */
__attribute__((no_stack_protector))
static const unsigned char *find_at_random(int argc, char **argv, char **envp)
{
	const uintptr_t *aux;

	if (argc < 0 || !argv || !envp || envp != argv + argc + 1)
		return 0;
	while (*envp)
		envp++;
	for (aux = (const uintptr_t *)(envp + 1); aux[0] != AT_NULL; aux += 2)
		if (aux[0] == AT_RANDOM)
			return (const unsigned char *)aux[1];
	return 0;
}

/*
 * Without AT_RANDOM, ask the kernel.  If even that fails (a kernel before
 * 3.17, a seccomp filter), mix the addresses ASLR chose for the stack and
 * for this object with the clock: weak, but never the same constant in
 * every process.
 */
__attribute__((no_stack_protector))
static uintptr_t fallback_random(void)
{
	uintptr_t value = 0;
	long n, clock[2] = { 0, 0 };

	do
		n = arch_syscall3(SYS_getrandom, (long)&value, sizeof value, 0);
	while (n == -EINTR);
	if (n == (long)sizeof value)
		return value;
	arch_syscall2(SYS_clock_gettime, 1 /* CLOCK_MONOTONIC */, (long)clock);
	value = (uintptr_t)&value ^ (uintptr_t)&__stack_chk_guard;
	/* The multiply spreads the fast-changing nanoseconds over the word. */
	value ^= (uintptr_t)clock[1] * 0x9e3779b9u ^ (uintptr_t)clock[0];
	return value;
}

/*
 * Priority 101 is the earliest that is not reserved for the compiler's
 * runtime (0-100 warn): in an object linked with libssp.a, this runs before
 * every constructor of default priority and every one numbered above 101.
 *
 * Not protected, and it must stay so even when libssp is built with
 * -fstack-protector-all: in global mode its own epilogue would compare the
 * canary its prologue saved (the placeholder) with the new guard, and fail.
 * The helpers above return before the guard changes, so they could be
 * protected; they are not, to keep the rule simple.  For the same reason
 * whatever calls constructors (the loader, the start files) must not check
 * this global guard in a frame that spans the call.
 */
__attribute__((constructor(101), no_stack_protector))
static void init_guard(int argc, char **argv, char **envp)
{
	const unsigned char *random = find_at_random(argc, argv, envp);
	uintptr_t value = 0;
	unsigned i;

	if (random)
		for (i = 0; i < sizeof value; i++)
			value |= (uintptr_t)random[i] << (8 * i);
	else
		value = fallback_random();
	__stack_chk_guard = value & ~(uintptr_t)0xff;
}
