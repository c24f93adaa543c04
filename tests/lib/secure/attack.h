/*
 * The attacker's code, shared by every tests/cases/secure-* program and
 * library that plays the attacker.  attacker_code(WHO) leaves the three
 * traces the checks look for:
 *   - a line "ATTACKER CODE RAN: WHO" on stdout;
 *   - a line "WHO euid=N" appended to SANDBOX/att/PWNED (the attacker's
 *     directory: creatable whoever we run as);
 *   - a line "ATTACKER TEXT from WHO" appended to SANDBOX/private/secret,
 *     a root-only file, which only works with privilege.
 * Raw system calls only, so the same code builds into programs and
 * libraries of our crt and into a module for a glibc program (the gconv
 * attack).  SANDBOX is given with -D by tests/lib/secure.sh.
 */
#ifndef ATTACK_H
#define ATTACK_H

#if defined(__x86_64__)
#define NR_write 1
#define NR_open 2
#define NR_close 3
#define NR_execve 59
#define NR_getuid 102
#define NR_geteuid 107
#define NR_setuid 105
#define NR_setgid 106
#define NR_exit_group 231
static inline long attack_syscall3(long n, long a, long b, long c)
{
	long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c)
			  : "rcx", "r11", "memory");
	return r;
}
#elif defined(__aarch64__) || defined(__riscv)
/* Linux's generic table: no open, openat from the current directory. */
#define NR_write 64
#define NR_openat 56
#define NR_close 57
#define NR_execve 221
#define NR_getuid 174
#define NR_geteuid 175
#define NR_setuid 146
#define NR_setgid 144
#define NR_exit_group 94
static inline long attack_syscall4(long n, long a, long b, long c, long d)
{
#if defined(__aarch64__)
	register long x8 __asm__("x8") = n, x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b, x2 __asm__("x2") = c, x3 __asm__("x3") = d;
	__asm__ volatile ("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3)
			  : "memory");
	return x0;
#else
	register long a7 __asm__("a7") = n, a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b, a2 __asm__("a2") = c, a3 __asm__("a3") = d;
	__asm__ volatile ("ecall" : "+r"(a0) : "r"(a7), "r"(a1), "r"(a2), "r"(a3)
			  : "memory");
	return a0;
#endif
}
static inline long attack_syscall3(long n, long a, long b, long c)
{
	return attack_syscall4(n, a, b, c, 0);
}
#define ATTACK_OPEN(path, flags, mode) \
	attack_syscall4(NR_openat, -100, (long)(path), flags, mode)
#else
#define NR_write 4
#define NR_open 5
#define NR_close 6
#define NR_execve 11
#define NR_getuid 199
#define NR_geteuid 201
#define NR_setuid 213
#define NR_setgid 214
#define NR_exit_group 252
static inline long attack_syscall3(long n, long a, long b, long c)
{
	long r;
	/* %ebx may be the PIC register: swap it in and out by hand. */
	__asm__ volatile ("xchg %%edi, %%ebx\n\tint $0x80\n\txchg %%edi, %%ebx"
			  : "=a"(r) : "a"(n), "D"(a), "c"(b), "d"(c) : "memory");
	return r;
}
#endif

#ifndef ATTACK_OPEN
#define ATTACK_OPEN(path, flags, mode) \
	attack_syscall3(NR_open, (long)(path), flags, mode)
#endif

#define ATTACK_O_WRONLY 01
#define ATTACK_O_CREAT 0100
#define ATTACK_O_APPEND 02000

static inline unsigned long attack_len(const char *s)
{
	unsigned long n = 0;

	while (s[n])
		n++;
	return n;
}

static inline void attack_write(int fd, const char *s)
{
	attack_syscall3(NR_write, fd, (long)s, (long)attack_len(s));
}

static inline void attack_append(const char *path, const char *a,
				 const char *b, const char *c)
{
	long fd = ATTACK_OPEN(path, ATTACK_O_WRONLY | ATTACK_O_CREAT | ATTACK_O_APPEND, 0666);

	if (fd < 0)
		return;
	attack_write((int)fd, a);
	attack_write((int)fd, b);
	attack_write((int)fd, c);
	attack_syscall3(NR_close, fd, 0, 0);
}

static inline void attack_exit(int status)
{
	attack_syscall3(NR_exit_group, status, 0, 0);
}

static inline void attacker_code(const char *who)
{
	char euid[16], *p = euid + sizeof(euid) - 1;
	unsigned long v = (unsigned long)attack_syscall3(NR_geteuid, 0, 0, 0);

	*p = 0;
	do {
		*--p = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	attack_write(1, "ATTACKER CODE RAN: ");
	attack_write(1, who);
	attack_write(1, "\n");
	attack_append(SANDBOX "/att/PWNED", who, " euid=", p);
	attack_append(SANDBOX "/att/PWNED", "\n", "", "");
	attack_append(SANDBOX "/private/secret", "ATTACKER TEXT from ", who, "\n");
}

#endif
