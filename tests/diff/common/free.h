/*
 * Helpers for the libc-free differential test programs and libraries:
 * raw syscalls, a few output routines, and the auxv types we read.
 *
 * Everything here is static inline, so a library that includes it takes
 * no symbol from anywhere else.  The programs get _start from start.c.
 *
 * Output must be deterministic across loaders, arches and qemu: print
 * booleans, relations and small numbers, never addresses.
 */
#ifndef FREE_H
#define FREE_H

#define AT_NULL    0
#define AT_PHDR    3
#define AT_PHENT   4
#define AT_PHNUM   5
#define AT_PAGESZ  6
#define AT_BASE    7
#define AT_ENTRY   9
#define AT_SECURE 23
#define AT_RANDOM 25

/*
 * x86-64: number in rax, arguments in rdi, rsi, rdx; rcx and r11 are
 * clobbered by the syscall instruction.  i386: int $0x80 with the number
 * in eax and arguments in ebx, ecx, edx; other registers are preserved.
 */
#if defined(__x86_64__)
#define SYS_write 1
#define SYS_exit_group 231
static inline long free_syscall3(long n, long a, long b, long c)
{
	long ret;
	__asm__ volatile("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c)
			 : "rcx", "r11", "memory");
	return ret;
}
#elif defined(__i386__)
#define SYS_write 4
#define SYS_exit_group 252
static inline long free_syscall3(long n, long a, long b, long c)
{
	long ret;
	__asm__ volatile("int $0x80" : "=a"(ret) : "a"(n), "b"(a), "c"(b), "d"(c)
			 : "memory");
	return ret;
}
#elif defined(__aarch64__) || defined(__riscv)
/*
 * aarch64: svc #0, number in x8, arguments in x0-x2; riscv64: ecall,
 * number in a7, arguments in a0-a2.  The generic system call table.
 */
#define SYS_write 64
#define SYS_exit_group 94
static inline long free_syscall3(long n, long a, long b, long c)
{
#if defined(__aarch64__)
	register long num __asm__("x8") = n;
	register long r0 __asm__("x0") = a;
	register long r1 __asm__("x1") = b;
	register long r2 __asm__("x2") = c;
	__asm__ volatile("svc #0" : "+r"(r0) : "r"(num), "r"(r1), "r"(r2) : "memory");
#else
	register long num __asm__("a7") = n;
	register long r0 __asm__("a0") = a;
	register long r1 __asm__("a1") = b;
	register long r2 __asm__("a2") = c;
	__asm__ volatile("ecall" : "+r"(r0) : "r"(num), "r"(r1), "r"(r2) : "memory");
#endif
	return r0;
}
#else
#error "only x86-64, i386, aarch64 and riscv64"
#endif

static inline __attribute__((noreturn)) void free_exit(int status)
{
	for (;;)
		free_syscall3(SYS_exit_group, status, 0, 0);
}

static inline unsigned long free_strlen(const char *s)
{
	unsigned long n = 0;
	while (s[n])
		n++;
	return n;
}

static inline int free_strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

static inline void put(const char *s)
{
	free_syscall3(SYS_write, 1, (long)s, (long)free_strlen(s));
}

static inline void put_uint(unsigned long v)
{
	char buf[24];
	int i = sizeof buf;
	buf[--i] = 0;
	do
		buf[--i] = (char)('0' + v % 10);
	while (v /= 10);
	put(buf + i);
}

/* "label: yes\n" or "label: no\n" */
static inline void put_bool(const char *label, int cond)
{
	put(label);
	put(cond ? ": yes\n" : ": no\n");
}

/* "label: N\n" */
static inline void put_num(const char *label, unsigned long v)
{
	put(label);
	put(": ");
	put_uint(v);
	put("\n");
}

/* Set by start.c before main runs (programs only, not libraries). */
/* stack pointer as _start got it */
extern unsigned long *free_entry_sp __attribute__((visibility("hidden")));
/* first auxv pair */
extern unsigned long *free_auxv __attribute__((visibility("hidden")));

static inline unsigned long free_getauxval(unsigned long type, int *found)
{
	unsigned long *a;
	for (a = free_auxv; a[0] != AT_NULL; a += 2)
		if (a[0] == type) {
			if (found)
				*found = 1;
			return a[1];
		}
	if (found)
		*found = 0;
	return 0;
}

#endif
