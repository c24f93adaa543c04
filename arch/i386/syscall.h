/*
 * Raw Linux system calls on i386, for code that has no libc: the loader,
 * libssp and the crt runtime all include this one file.
 *
 * Kernel convention (`int $0x80`): the number goes in eax, arguments in ebx,
 * ecx, edx, esi, edi, ebp; the result comes back in eax (-4095..-1 is
 * -errno) and every other register is preserved.  ebp is the sixth argument,
 * so the six-argument form saves it around the trap; the sixth value is
 * pushed first so that the asm can read it whatever register or stack slot
 * the compiler chose for it.
 *
 * These are `static inline` and touch no memory of ours, so stage 1 of the
 * loader may use them before it has relocated itself.
 */
#ifndef ARCH_SYSCALL_H
#define ARCH_SYSCALL_H

#define SYS_exit 1
#define SYS_read 3
#define SYS_write 4
#define SYS_open 5
#define SYS_close 6
#define SYS_close_range 436
#define SYS_waitpid 7
#define SYS_chdir 12
#define SYS_lseek 19
#define SYS_getpid 20
#define SYS_kill 37
#define SYS_readlink 85
#define SYS_munmap 91
#define SYS_madvise 219
#define SYS_fstat 108
#define SYS_clone 120
#define SYS_mprotect 125
#define SYS_rt_sigaction 174
#define SYS_rt_sigprocmask 175
#define SYS_pread64 180
#define SYS_getcwd 183
#define SYS_mmap2 192
#define SYS_fstat64 197
#define SYS_gettid 224
#define SYS_futex 240
#define SYS_sched_getaffinity 242
#define SYS_set_thread_area 243
#define SYS_exit_group 252
#define SYS_clock_gettime 265
#define SYS_tgkill 270
#define SYS_openat 295
#define SYS_readlinkat 305
#define SYS_getrandom 355
#define SYS_statx 383

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
	__asm__ volatile ("int $0x80" : "=a"(r) : "a"(n) : "memory");
	return r;
}

static inline long arch_syscall1(long n, long a)
{
	long r;
	__asm__ volatile ("int $0x80" : "=a"(r) : "a"(n), "b"(a) : "memory");
	return r;
}

static inline long arch_syscall2(long n, long a, long b)
{
	long r;
	__asm__ volatile ("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b)
			  : "memory");
	return r;
}

static inline long arch_syscall3(long n, long a, long b, long c)
{
	long r;
	__asm__ volatile ("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c)
			  : "memory");
	return r;
}

static inline long arch_syscall4(long n, long a, long b, long c, long d)
{
	long r;
	__asm__ volatile ("int $0x80" : "=a"(r)
			  : "a"(n), "b"(a), "c"(b), "d"(c), "S"(d) : "memory");
	return r;
}

static inline long arch_syscall5(long n, long a, long b, long c, long d, long e)
{
	long r;
	__asm__ volatile ("int $0x80" : "=a"(r)
			  : "a"(n), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e)
			  : "memory");
	return r;
}

static inline long arch_syscall6(long n, long a, long b, long c, long d, long e,
				 long f)
{
	long r;
	__asm__ volatile ("pushl %7\n\t"
			  "push %%ebp\n\t"
			  "mov 4(%%esp), %%ebp\n\t"
			  "int $0x80\n\t"
			  "pop %%ebp\n\t"
			  "add $4, %%esp"
			  : "=a"(r)
			  : "a"(n), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e), "g"(f)
			  : "memory");
	return r;
}

/* mmap2 takes the file offset in 4096-byte units; callers pass bytes. */
static inline long arch_mmap(void *addr, unsigned long len, int prot, int flags,
			     int fd, unsigned long offset)
{
	return arch_syscall6(SYS_mmap2, (long)addr, (long)len, prot, flags, fd,
			     (long)(offset >> 12));
}

/* pread64 takes its 64-bit offset as two words, low word first. */
static inline long arch_pread64(int fd, void *buf, unsigned long len,
				unsigned long long offset)
{
	return arch_syscall5(SYS_pread64, fd, (long)buf, (long)len,
			     (long)(unsigned long)offset,
			     (long)(unsigned long)(offset >> 32));
}

#endif
