/*
 * Signal handlers that enter the loader on the thread that holds its lock.
 *
 * 1. dlopen runs libctor.so's constructor with the loader lock held; the
 *    constructor raises SIGUSR1, whose handler makes the first call of
 *    first_call through its lazy slot (the fixup takes the lock again)
 *    and calls dlsym.  The lock must recognise its owner, not wait for it.
 * 2. (Not with an argument.)  A 20-microsecond interval timer while main calls dlsym over and
 *    over: each SIGALRM calls dlsym and, 32 times, makes a first call of
 *    h0..h31, wherever it interrupted main, in ldso_lock and ldso_unlock
 *    too.  A lock that names its owner apart from taking the word (or
 *    releases it on the interrupted code's behalf) hangs or breaks here.
 */
#include <dlfcn.h>
#include <signal.h>
#include <stdio.h>

int first_call(int x);
#define H(n) int h##n(void);
H(0) H(1) H(2) H(3) H(4) H(5) H(6) H(7) H(8) H(9) H(10) H(11) H(12) H(13)
H(14) H(15) H(16) H(17) H(18) H(19) H(20) H(21) H(22) H(23) H(24) H(25)
H(26) H(27) H(28) H(29) H(30) H(31)
#undef H

#ifdef __x86_64__
#define SYS_setitimer 38
static long sys3(long n, long a, long b, long c)
{
	long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c)
			  : "rcx", "r11", "memory");
	return r;
}
#elif defined(__aarch64__)
#define SYS_setitimer 103
static long sys3(long n, long a, long b, long c)
{
	register long x8 __asm__("x8") = n, x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b, x2 __asm__("x2") = c;
	__asm__ volatile ("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2)
			  : "memory");
	return x0;
}
#elif defined(__riscv)
#define SYS_setitimer 103
static long sys3(long n, long a, long b, long c)
{
	register long a7 __asm__("a7") = n, a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b, a2 __asm__("a2") = c;
	__asm__ volatile ("ecall" : "+r"(a0) : "r"(a7), "r"(a1), "r"(a2)
			  : "memory");
	return a0;
}
#else
#define SYS_setitimer 104
static long sys3(long n, long a, long b, long c)
{
	long r;
	__asm__ volatile ("push %%ebx\n\tmov %2, %%ebx\n\tint $0x80\n\tpop %%ebx"
			  : "=a"(r) : "a"(n), "r"(a), "c"(b), "d"(c) : "memory");
	return r;
}
#endif

static volatile int usr1_first = -1, usr1_dlsym = -1, dlopen_returned;
static volatile int usr1_inside_dlopen = -1;
static volatile int alarms, alarm_wrong, first_calls;
static volatile long calls;	/* main's dlsym calls so far */
static long interval = 20, seen_calls, stalled;	/* the handler's own */

/*
 * Calls through dlsym's answer: taking first_call's address in this file
 * would make the linkers bind its call through the GOT, not a lazy slot.
 */
static int call_int(void *f, int x)
{
	return f ? ((int (*)(int))f)(x) : -1;
}

static void on_usr1(int sig)
{
	(void)sig;
	usr1_inside_dlopen = !dlopen_returned;
	usr1_first = first_call(5);
	usr1_dlsym = call_int(dlsym(RTLD_DEFAULT, "first_call"), 7) == 21;
}

static int call_h(int i)
{
	switch (i) {
#define H(n) case n: return h##n();
	H(0) H(1) H(2) H(3) H(4) H(5) H(6) H(7) H(8) H(9) H(10) H(11) H(12) H(13)
	H(14) H(15) H(16) H(17) H(18) H(19) H(20) H(21) H(22) H(23) H(24) H(25)
	H(26) H(27) H(28) H(29) H(30) H(31)
#undef H
	}
	return -1;
}

static void set_timer(long usec)
{
	long value[4] = { 0, usec, 0, usec };	/* interval, then first expiry */

	sys3(SYS_setitimer, 0, (long)value, 0);
}

static void on_alarm(int sig)
{
	int i = first_calls;

	(void)sig;
	/*
	 * Where a handler outlasts the interval (under qemu on a slow or
	 * loaded machine), the next signal is due when it returns and main
	 * never runs between two: widen the interval while main makes no
	 * progress.  Natively main makes thousands of calls at 20 us.
	 */
	if (calls != seen_calls) {
		seen_calls = calls;
		stalled = 0;
	} else if (++stalled == 64) {
		interval *= 2;
		set_timer(interval);
		stalled = 0;
	}
	if (call_int(dlsym(RTLD_DEFAULT, "first_call"), 8) != 24)
		alarm_wrong++;
	if (i < 32) {
		if (call_h(i) != 3 * i + 2)
			alarm_wrong++;
		first_calls = i + 1;
	}
	alarms++;
}

int main(int argc, char **argv)
{
	void *h;
	long wrong = 0;

	(void)argv;

	signal(SIGUSR1, on_usr1);
	h = dlopen("libctor.so", RTLD_NOW);
	dlopen_returned = 1;
	if (!h) {
		printf("dlopen: %s\n", dlerror());
		return 1;
	}
	printf("the handler ran inside dlopen: %s\n", usr1_inside_dlopen == 1 ? "yes" : "no");
	printf("its first call: first_call(5) = %d\n", usr1_first);
	printf("its dlsym found first_call: %s\n", usr1_dlsym == 1 ? "yes" : "no");
	if (argc > 1)	/* "ctor-only", for the check's LD_DEBUG run */
		return 0;

	signal(SIGALRM, on_alarm);
	set_timer(20);
	while (alarms < ALARMS) {
		if (call_int(dlsym(RTLD_DEFAULT, "first_call"), 9) != 27)
			wrong++;
		calls++;
	}
	set_timer(0);
	printf("timer: %s signals, %d first calls, %d wrong in handlers; "
	       "main's dlsym: %s, %ld wrong\n", alarms >= ALARMS ? "all" : "too few",
	       first_calls, alarm_wrong, calls > 0 ? "ran" : "never ran", wrong);
	return 0;
}
