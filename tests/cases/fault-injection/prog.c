/*
 * No C runtime at all: every system call before the final exit is the
 * loader's, so the check can make each of them fail in turn.  The exit
 * status is 42 only when the libraries' relocated data and TLS are right.
 */
extern int lib_a(void);
extern int lib_b_data;
extern __thread int lib_c_tls;

static int answer(void)
{
	return lib_a() + lib_b_data + lib_c_tls;	/* 20 + 12 + 10 */
}

#if defined(__x86_64__)
__attribute__((noreturn)) void _start(void)
{
	__asm__ volatile ("syscall" :: "a"(231), "D"(answer()));
	for (;;)
		;
}
#elif defined(__i386__)
__attribute__((noreturn)) void _start(void)
{
	__asm__ volatile ("int $0x80" :: "a"(252), "b"(answer()));
	for (;;)
		;
}
#endif
