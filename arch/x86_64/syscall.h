/*
 * Raw Linux system calls on x86-64, for code that has no libc: the loader,
 * libssp and the crt runtime all include this one file.
 *
 * Kernel convention: the number goes in rax, arguments in rdi, rsi, rdx,
 * r10, r8, r9 (r10, not rcx: the `syscall` instruction overwrites rcx with
 * the return address and r11 with rflags).  The result comes back in rax;
 * -4095..-1 is -errno.  Every other register is preserved.
 *
 * These are `static inline` and touch no memory of ours, so stage 1 of the
 * loader may use them before it has relocated itself.
 */
#ifndef ARCH_SYSCALL_H
#define ARCH_SYSCALL_H

#define SYS_read 0
#define SYS_write 1
#define SYS_open 2
#define SYS_close 3
#define SYS_close_range 436
#define SYS_fstat 5
#define SYS_lseek 8
#define SYS_mmap 9
#define SYS_mprotect 10
#define SYS_munmap 11
#define SYS_madvise 28
#define SYS_rt_sigaction 13
#define SYS_rt_sigprocmask 14
#define SYS_pread64 17
#define SYS_getpid 39
#define SYS_clone 56
#define SYS_exit 60
#define SYS_wait4 61
#define SYS_kill 62
#define SYS_getcwd 79
#define SYS_chdir 80
#define SYS_readlink 89
#define SYS_arch_prctl 158
#define SYS_gettid 186
#define SYS_futex 202
#define SYS_sched_getaffinity 204
#define SYS_clock_gettime 228
#define SYS_exit_group 231
#define SYS_tgkill 234
#define SYS_openat 257
#define SYS_readlinkat 267
#define SYS_statx 332
#define SYS_getrandom 318

/* open(2) flags whose bits differ between CPUs (AArch64 has others). */
#define ARCH_O_DIRECTORY 0200000
#define ARCH_O_NOFOLLOW 0400000
#define ARCH_O_LARGEFILE 0100000

/*
 * rt_sigaction's struct has a restorer field, and SA_RESTORER says it is
 * set: where a handler returns to (crt_sigreturn.S).
 */
#define ARCH_SA_RESTORER 0x04000000

static inline long arch_syscall0(long n)
{
	long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n) : "rcx", "r11", "memory");
	return r;
}

static inline long arch_syscall1(long n, long a)
{
	long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a)
			  : "rcx", "r11", "memory");
	return r;
}

static inline long arch_syscall2(long n, long a, long b)
{
	long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b)
			  : "rcx", "r11", "memory");
	return r;
}

static inline long arch_syscall3(long n, long a, long b, long c)
{
	long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c)
			  : "rcx", "r11", "memory");
	return r;
}

static inline long arch_syscall4(long n, long a, long b, long c, long d)
{
	long r;
	register long r10 __asm__("r10") = d;
	__asm__ volatile ("syscall" : "=a"(r)
			  : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10)
			  : "rcx", "r11", "memory");
	return r;
}

static inline long arch_syscall5(long n, long a, long b, long c, long d, long e)
{
	long r;
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	__asm__ volatile ("syscall" : "=a"(r)
			  : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8)
			  : "rcx", "r11", "memory");
	return r;
}

static inline long arch_syscall6(long n, long a, long b, long c, long d, long e,
				 long f)
{
	long r;
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;
	__asm__ volatile ("syscall" : "=a"(r)
			  : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8),
			    "r"(r9)
			  : "rcx", "r11", "memory");
	return r;
}

/* mmap takes its six arguments directly and a byte offset. */
static inline long arch_mmap(void *addr, unsigned long len, int prot, int flags,
			     int fd, unsigned long offset)
{
	return arch_syscall6(SYS_mmap, (long)addr, (long)len, prot, flags, fd,
			     (long)offset);
}

/* pread64 takes the offset in one register. */
static inline long arch_pread64(int fd, void *buf, unsigned long len,
				unsigned long long offset)
{
	return arch_syscall4(SYS_pread64, fd, (long)buf, (long)len,
			     (long)offset);
}

#endif
