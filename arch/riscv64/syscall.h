/*
 * Raw Linux system calls on RISC-V (RV64), for code that has no libc: the
 * loader, libssp and the crt runtime all include this one file.
 *
 * Kernel convention: `ecall` with the number in a7 and the arguments in
 * a0-a5; the result comes back in a0 (-4095..-1 is -errno).  Nothing else
 * is changed.  The numbers are Linux's generic table (asm-generic/unistd.h),
 * which has no open, readlink or fork: only their *at forms.
 *
 * These are `static inline` and touch no memory of ours, so stage 1 of the
 * loader may use them before it has relocated itself.
 */
#ifndef ARCH_SYSCALL_H
#define ARCH_SYSCALL_H

#define SYS_getcwd 17
#define SYS_chdir 49
#define SYS_openat 56
#define SYS_close 57
#define SYS_close_range 436
#define SYS_lseek 62
#define SYS_read 63
#define SYS_write 64
#define SYS_pread64 67
#define SYS_readlinkat 78
#define SYS_fstat 80
#define SYS_exit 93
#define SYS_exit_group 94
#define SYS_futex 98
#define SYS_sched_getaffinity 123
#define SYS_setitimer 103
#define SYS_clock_gettime 113
#define SYS_kill 129
#define SYS_tgkill 131
#define SYS_rt_sigaction 134
#define SYS_rt_sigprocmask 135
#define SYS_rt_sigreturn 139
#define SYS_getpid 172
#define SYS_gettid 178
#define SYS_munmap 215
#define SYS_madvise 233
#define SYS_clone 220
#define SYS_mmap 222
#define SYS_mprotect 226
#define SYS_wait4 260
#define SYS_getrandom 278
#define SYS_statx 291

/* open(2) flags: the generic values, the same as x86's. */
#define ARCH_O_DIRECTORY 0200000
#define ARCH_O_NOFOLLOW 0400000
#define ARCH_O_LARGEFILE 0100000

/*
 * No ARCH_SA_RESTORER: rt_sigaction's struct has no restorer field here;
 * handlers return through the kernel's vDSO (qemu-user: its own
 * trampoline).
 */

static inline long arch_syscall6(long n, long a, long b, long c, long d, long e,
				 long f)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	register long a3 __asm__("a3") = d;
	register long a4 __asm__("a4") = e;
	register long a5 __asm__("a5") = f;
	__asm__ volatile ("ecall" : "+r"(a0)
			  : "r"(a7), "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a5)
			  : "memory");
	return a0;
}

static inline long arch_syscall0(long n)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0");
	__asm__ volatile ("ecall" : "=r"(a0) : "r"(a7) : "memory");
	return a0;
}

static inline long arch_syscall1(long n, long a)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	__asm__ volatile ("ecall" : "+r"(a0) : "r"(a7) : "memory");
	return a0;
}

static inline long arch_syscall2(long n, long a, long b)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	__asm__ volatile ("ecall" : "+r"(a0) : "r"(a7), "r"(a1)
			  : "memory");
	return a0;
}

static inline long arch_syscall3(long n, long a, long b, long c)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	__asm__ volatile ("ecall" : "+r"(a0) : "r"(a7), "r"(a1), "r"(a2)
			  : "memory");
	return a0;
}

static inline long arch_syscall4(long n, long a, long b, long c, long d)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	register long a3 __asm__("a3") = d;
	__asm__ volatile ("ecall" : "+r"(a0)
			  : "r"(a7), "r"(a1), "r"(a2), "r"(a3)
			  : "memory");
	return a0;
}

static inline long arch_syscall5(long n, long a, long b, long c, long d, long e)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	register long a3 __asm__("a3") = d;
	register long a4 __asm__("a4") = e;
	__asm__ volatile ("ecall" : "+r"(a0)
			  : "r"(a7), "r"(a1), "r"(a2), "r"(a3), "r"(a4)
			  : "memory");
	return a0;
}

/* mmap takes its six arguments directly and a byte offset. */
static inline long arch_mmap(void *addr, unsigned long len, int prot, int flags,
			     int fd, unsigned long offset)
{
	return arch_syscall6(SYS_mmap, (long)addr, (long)len, prot, flags,
			     fd, (long)offset);
}

/* pread64 takes the offset in one register. */
static inline long arch_pread64(int fd, void *buf, unsigned long len,
				unsigned long long offset)
{
	return arch_syscall4(SYS_pread64, fd, (long)buf, (long)len,
			     (long)offset);
}

#endif
