/*
 * First calls from signal handlers.
 *
 * 1. raising_if's first call: the loader's fixup calls its IFUNC resolver,
 *    which raises SIGUSR1.  The fixup calls a resolver with signals
 *    blocked, so the signal arrives as the fixup unblocks them, before it
 *    returns: the handler interrupts the loader, after the resolver is
 *    done, and makes the first call of handler_first through its own lazy
 *    slot without waiting on anything (the lock lets its owner in).
 * 2. A 20-microsecond interval timer while main makes 256 first calls:
 *    each SIGALRM makes the first call of the next of h0..h31, wherever it
 *    interrupted main (in a fixup too).  All results must be right.
 */
#include <link.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include "calls.h"
#include "../symtable-pages/maps.h"

extern int armed, resolver_done;
int raising_if(int);
int handler_first(int);

static unsigned long loader_lo, loader_hi, vdso_lo, vdso_hi;
static volatile int first_result = -1, after_resolver = -1, in_loader = -1;
static volatile int timer_calls, timer_wrong;

#ifdef __x86_64__
#define PC_OFFSET 168	/* ucontext_t: uc_mcontext.gregs[REG_RIP] */
#define SYS_setitimer 38
static long sys3(long n, long a, long b, long c)
{
	long r;
	__asm__ volatile ("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c)
			  : "rcx", "r11", "memory");
	return r;
}
#elif defined(__aarch64__)
#define PC_OFFSET 440	/* ucontext_t: uc_mcontext.pc */
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
#define PC_OFFSET 176	/* ucontext_t: uc_mcontext.__gregs[REG_PC] */
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
#define PC_OFFSET 76	/* ucontext_t: uc_mcontext.gregs[REG_EIP] */
#define SYS_setitimer 104
static long sys3(long n, long a, long b, long c)
{
	long r;
	__asm__ volatile ("push %%ebx\n\tmov %2, %%ebx\n\tint $0x80\n\tpop %%ebx"
			  : "=a"(r) : "a"(n), "r"(a), "c"(b), "d"(c) : "memory");
	return r;
}
#endif

/* The loader's code: the executable segment of the object named ld.so. */
static int find_loader(struct dl_phdr_info *info, size_t size, void *data)
{
	size_t n = strlen(info->dlpi_name);

	(void)size, (void)data;
	if (n < 5 || strcmp(info->dlpi_name + n - 5, "ld.so"))
		return 0;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		if (ph->p_type == 1 && (ph->p_flags & 1)) {	/* PT_LOAD, PF_X */
			loader_lo = info->dlpi_addr + ph->p_vaddr;
			loader_hi = loader_lo + ph->p_memsz;
		}
	}
	return 1;
}

/*
 * The vDSO's mapping ("[vdso]" in /proc/self/maps): on i386 the loader's
 * system calls go through its entry (arch/i386/syscall.h), so a signal
 * pending as the fixup unblocks signals interrupts the loader there.
 * Nothing else of this program enters it.
 */
static void find_vdso(void)
{
	static char buf[1 << 16];

	if (!read_proc("/proc/self/maps", buf, sizeof(buf)))
		return;
	for (char *line = buf; *line; ) {
		char *end = strchr(line, '\n');
		if (end)
			*end = 0;
		if (strstr(line, "[vdso]")) {
			vdso_lo = strtoul(line, &line, 16);
			vdso_hi = strtoul(line + 1, 0, 16);
			return;
		}
		if (!end)
			break;
		line = end + 1;
	}
}

static void on_usr1(int sig, void *info, void *uc)
{
	unsigned long pc = *(unsigned long *)((char *)uc + PC_OFFSET);

	(void)sig, (void)info;
	after_resolver = resolver_done;
	in_loader = (pc >= loader_lo && pc < loader_hi) ||
		    (pc >= vdso_lo && pc < vdso_hi);
	first_result = handler_first(21);
}

static void set_timer(long usec)
{
	long value[4] = { 0, usec, 0, usec };	/* interval, then first expiry */

	sys3(SYS_setitimer, 0, (long)value, 0);
}

static void on_alarm(int sig)
{
	int i = timer_calls;

	(void)sig;
	if (i >= 32)
		return;
	if (call_h(i) != 3 * i + 2)
		timer_wrong++;
	timer_calls = i + 1;
	/*
	 * Done: stop the timer here, not in main.  Under qemu on a loaded
	 * machine a signal can cost more than the interval, and main would
	 * not run again until the timer stopped.
	 */
	if (i == 31)
		set_timer(0);
}

int main(void)
{
	int r, wrong = 0;

	dl_iterate_phdr(find_loader, 0);
	find_vdso();
	signal(SIGUSR1, (void (*)(int))on_usr1);
	armed = 1;
	r = raising_if(3);
	printf("raising_if(3) = %d, again %d\n", r, raising_if(3));
	if (first_result < 0) {
		printf("no signal in the resolver (bound at start)\n");
	} else {
		printf("first call in the handler: %d\n", first_result);
		printf("the handler ran after the resolver, with the lock free: %s\n",
		       after_resolver ? "yes" : "no");
		printf("the handler interrupted the loader: %s\n", in_loader ? "yes" : "no");
	}

	signal(SIGALRM, on_alarm);
	set_timer(20);
	for (int i = 0; i < 256; i++)
		if (call_f(i) != 7 * i + 1)
			wrong++;
	while (timer_calls < 32)
		;
	set_timer(0);
	printf("timer: 32 first calls in handlers, %d wrong; 256 in main, %d wrong\n",
	       timer_wrong, wrong);
	return 0;
}
