/*
 * Stands in for arch/aarch64/syscall.h and arch/riscv64/syscall.h when
 * their parsing code is built for the x86-64 host (fuzz.mk -include's it
 * first; it takes their include guard).  Their system calls are inline
 * assembly naming their own registers, which the host compiler refuses.
 * The harness needs none of them: glue.c replaces every system call the
 * parsing code makes, and the one left in the files built, fixup.c's
 * signal mask around a lazy first call, never runs (no input code does).
 * Should one ever run, it traps: a finding, not a silent wrong answer.
 */
#ifndef ARCH_SYSCALL_H
#define ARCH_SYSCALL_H

/* The generic table's number (asm-generic/unistd.h), as on both CPUs. */
#define SYS_rt_sigprocmask 135

static inline long arch_syscall6(long n, long a, long b, long c, long d, long e,
				 long f)
{
	(void)n, (void)a, (void)b, (void)c, (void)d, (void)e, (void)f;
	__builtin_trap();
}

static inline long arch_syscall4(long n, long a, long b, long c, long d)
{
	return arch_syscall6(n, a, b, c, d, 0, 0);
}

#endif
