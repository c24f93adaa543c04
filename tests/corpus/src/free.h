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
#else
static inline long sys3(long n, long a, long b, long c)
{
	long ret;
	__asm__ volatile("int $0x80" : "=a"(ret) : "a"(n), "b"(a), "c"(b), "d"(c)
			 : "memory");
	return ret;
}
#define SYS_write 4
#define SYS_exit_group 252
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
