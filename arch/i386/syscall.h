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
 * The loader's calls take the vDSO's entry instead once boot.c has read
 * it from the aux vector (AT_SYSINFO, __kernel_vsyscall: sysenter or
 * syscall, same registers): a 64-bit kernel takes int $0x80 from a
 * 32-bit process by a slow path, about 9 us a call against 0.1 us on the
 * 2-core VM of bench/, where the 20 system calls of a small program's
 * start-up then took a third of its time, and 190,000 of them most of
 * the dlopen workload's.  glibc's and musl's libc call the same entry.
 * Until then (stages 1 and 2), and where there is none (qemu-user gives
 * none), they trap.  Only the loader is built with LDSO_SYSCALL_ENTRY:
 * the crt runtime and libssp keep int $0x80.
 *
 * These are `static inline` and touch no memory of ours until the entry
 * is known, so stage 1 of the loader may use them before it has
 * relocated itself.
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
#define SYS_arch_prctl 384

/* open(2) flags whose bits differ between CPUs (AArch64 has others). */
#define ARCH_O_DIRECTORY 0200000
#define ARCH_O_NOFOLLOW 0400000
#define ARCH_O_LARGEFILE 0100000

/*
 * rt_sigaction's struct has a restorer field, and SA_RESTORER says it is
 * set: where a handler returns to (crt_sigreturn.S).
 */
#define ARCH_SA_RESTORER 0x04000000

#ifdef LDSO_SYSCALL_ENTRY
/* The entry, 0 until boot.c sets it (vsyscall.S holds it). */
extern unsigned long ldso_syscall_entry __attribute__((visibility("hidden")));
long ldso_vsyscall6(long n, long a, long b, long c, long d, long e, long f,
		    unsigned long entry) __attribute__((visibility("hidden")));

static inline unsigned long syscall_entry(void)
{
	return ldso_syscall_entry;
}
#else
static inline unsigned long syscall_entry(void)
{
	return 0;
}
#endif

/* "rm": with the arguments in six registers, the entry may be on the
 * stack; call reads its operand before it pushes. */
static inline long arch_syscall0(long n)
{
	unsigned long entry = syscall_entry();
	long r;

	if (entry)
		__asm__ volatile ("call *%1" : "=a"(r) : "rm"(entry), "a"(n)
				  : "memory");
	else
		__asm__ volatile ("int $0x80" : "=a"(r) : "a"(n) : "memory");
	return r;
}

static inline long arch_syscall1(long n, long a)
{
	unsigned long entry = syscall_entry();
	long r;

	if (entry)
		__asm__ volatile ("call *%1" : "=a"(r) : "rm"(entry), "a"(n),
				  "b"(a) : "memory");
	else
		__asm__ volatile ("int $0x80" : "=a"(r) : "a"(n), "b"(a)
				  : "memory");
	return r;
}

static inline long arch_syscall2(long n, long a, long b)
{
	unsigned long entry = syscall_entry();
	long r;

	if (entry)
		__asm__ volatile ("call *%1" : "=a"(r) : "rm"(entry), "a"(n),
				  "b"(a), "c"(b) : "memory");
	else
		__asm__ volatile ("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b)
				  : "memory");
	return r;
}

static inline long arch_syscall3(long n, long a, long b, long c)
{
	unsigned long entry = syscall_entry();
	long r;

	if (entry)
		__asm__ volatile ("call *%1" : "=a"(r) : "rm"(entry), "a"(n),
				  "b"(a), "c"(b), "d"(c) : "memory");
	else
		__asm__ volatile ("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b),
				  "d"(c) : "memory");
	return r;
}

static inline long arch_syscall4(long n, long a, long b, long c, long d)
{
	unsigned long entry = syscall_entry();
	long r;

	if (entry)
		__asm__ volatile ("call *%1" : "=a"(r) : "rm"(entry), "a"(n),
				  "b"(a), "c"(b), "d"(c), "S"(d) : "memory");
	else
		__asm__ volatile ("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b),
				  "d"(c), "S"(d) : "memory");
	return r;
}

static inline long arch_syscall5(long n, long a, long b, long c, long d, long e)
{
	unsigned long entry = syscall_entry();
	long r;

	if (entry)
		__asm__ volatile ("call *%1" : "=a"(r) : "rm"(entry), "a"(n),
				  "b"(a), "c"(b), "d"(c), "S"(d), "D"(e)
				  : "memory");
	else
		__asm__ volatile ("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b),
				  "d"(c), "S"(d), "D"(e) : "memory");
	return r;
}

static inline long arch_syscall6(long n, long a, long b, long c, long d, long e,
				 long f)
{
	long r;

#ifdef LDSO_SYSCALL_ENTRY
	if (syscall_entry())
		return ldso_vsyscall6(n, a, b, c, d, e, f, syscall_entry());
#endif
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
