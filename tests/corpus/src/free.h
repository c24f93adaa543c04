/*
 * Raw output and exit for the corpus's libc-free program and library.
 * Each marker is one write(2), so it is out before any later fault.
 */
#ifndef CORPUS_FREE_H
#define CORPUS_FREE_H

#if defined(__x86_64__)
static inline long sys3(long n, long a, long b, long c)
{
	long ret;
	__asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c)
			 : "rcx", "r11", "memory");
	return ret;
}
#define SYS_write 1
#define SYS_exit_group 231
#elif defined(__i386__)
static inline long sys3(long n, long a, long b, long c)
{
	long ret;
	__asm__ volatile("int $0x80" : "=a"(ret) : "a"(n), "b"(a), "c"(b), "d"(c)
			 : "memory");
	return ret;
}
#define SYS_write 4
#define SYS_exit_group 252
#elif defined(__aarch64__)
static inline long sys3(long n, long a, long b, long c)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	__asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2)
			 : "memory", "cc");
	return x0;
}
#define SYS_write 64
#define SYS_exit_group 94
#elif defined(__riscv) && __riscv_xlen == 64
static inline long sys3(long n, long a, long b, long c)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	__asm__ volatile("ecall" : "+r"(a0) : "r"(a7), "r"(a1), "r"(a2)
			 : "memory");
	return a0;
}
#define SYS_write 64
#define SYS_exit_group 94
#else
#error "tests/corpus/src/free.h: no system calls for this CPU"
#endif

static inline void put(const char *s)
{
	long n = 0;

	while (s[n])
		n++;
	sys3(SYS_write, 1, (long)s, n);
}

static inline __attribute__((noreturn)) void leave(int status)
{
	for (;;)
		sys3(SYS_exit_group, status, 0, 0);
}

#endif
