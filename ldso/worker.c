/*
 * Stage 6's second thread: while the main thread relocates the first
 * objects of the relocation order, a worker relocates the rest
 * (reloc.c, relocate_start_up, says which programs get one and how the
 * objects are shared).
 *
 * Why: at 100 libraries of 2,000 functions, applying the relocations is
 * nearly half of start-up, spent waiting on memory, and objects are
 * independent once the symbol tables are read: with the worker,
 * start-up took 123 ms instead of 146 (bench/ large, x86-64).
 *
 * The rule that keeps the answers the serial ones: the worker's objects
 * come after the main thread's in relocation order, and the worker does
 * nothing whose effect another object could see, or whose order
 * matters, before the main thread has finished its share: printing (an
 * error, a trace), the loader's heap, a copy relocation (it reads
 * another object's relocated data), an IFUNC resolver (code of another
 * object, which must be relocated).  Each of those first calls
 * ldso_worker_gate (gate.c), which waits for the main thread; from then
 * on the worker runs alone, in relocation order, as the main thread
 * would have.  What the two share besides (the lookup and deferral
 * counters, the version names read on first use, the lazy trampoline,
 * the PLT checks' segment hints) is atomic or set up before the worker
 * starts (reloc.c, prepare_worker).
 *
 * Before it relocates, the worker builds half the global symbol table
 * with the main thread (symtable.c, ldso_symtable_worker_part), and
 * waits until the main thread has completed it.
 *
 * The worker is a thread as crt/thread.c makes them (the arch's
 * crt_clone.S and crt_tls.h, assembled into the loader too), with a TCB
 * and static TLS of its own from tls.c (an IFUNC resolver may read TLS,
 * and the canary is in the TCB), on a stack of its own with a guard
 * page.  It exits before stage 7; the main thread then frees it.
 *
 * The symtable build gives every program of two objects a worker, with
 * the program as its share, and lets it go first, up to its first gate
 * or its end, before the main thread starts relocating
 * (ldso_worker_let_first): a missing gate then shows in the tests every
 * time, not once in a thousand runs.
 */
#include "ldso.h"
#include <crt_tls.h>

#ifdef LDSO_SYMTABLE_ALWAYS
#define FORCED true
#else
#define FORCED false
#endif

#define CLONE_VM 0x100
#define CLONE_FS 0x200
#define CLONE_FILES 0x400
#define CLONE_SIGHAND 0x800
#define CLONE_THREAD 0x10000
#define CLONE_SYSVSEM 0x40000
#define CLONE_SETTLS 0x80000
#define CLONE_PARENT_SETTID 0x100000
#define CLONE_CHILD_CLEARTID 0x200000
#define THREAD_FLAGS (CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | \
		      CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS |        \
		      CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID)
#define FUTEX_WAIT 0
#define STACK_SIZE ((size_t)256 << 10)

long __crt_clone(unsigned long flags, void *stack, int *parent_tid,
		 void *tls, int *child_tid, int (*fn)(void *), void *arg);

/* The main thread's side; gate.c's ldso_worker_sync is what both see. */
static struct {
	int tid;			/* the kernel's: 0 once the worker is gone */
	char *map;			/* its stack, then its TLS area */
	size_t map_len;
	struct __crt_tls_arg tls_arg;
	void (*fn)(void *);
	void *arg;
} worker;

/* Online CPUs this process may run on: a worker on one CPU only costs. */
static bool several_cpus(void)
{
	unsigned long mask[16];
	long n = arch_syscall3(SYS_sched_getaffinity, 0, sizeof(mask), (long)mask);
	unsigned count = 0;

	for (long i = 0; i < n / (long)sizeof(mask[0]); i++)
		count += __builtin_popcountl(mask[i]);
	return count >= 2;
}

bool ldso_worker_wanted(void)
{
	return FORCED || several_cpus();
}

static int worker_main(void *unused)
{
	(void)unused;
	worker.fn(worker.arg);
	if (FORCED)
		ldso_flag_set(&ldso_worker_sync.went_first);
	return 0;
}

/*
 * Start fn(arg) on the worker, or return false (no memory, no thread:
 * seccomp, RLIMIT_NPROC) having changed nothing: the caller then does
 * the worker's share itself.
 */
bool ldso_worker_start(void (*fn)(void *), void *arg)
{
	size_t page = ldso.page_size, align;
	size_t tls_len = ldso_page_up(ldso_tls_thread_area(&align) + align);
	uintptr_t area;
	void *tls;
	long r;

	worker.map_len = STACK_SIZE + tls_len;
	worker.map = ldso_mmap(0, worker.map_len, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (ldso_mmap_failed(worker.map))
		return false;
	/* A guard page: an IFUNC resolver's deep recursion faults there. */
	ldso_mprotect(worker.map, page, PROT_NONE);
	area = ((uintptr_t)worker.map + STACK_SIZE + align - 1) & ~(uintptr_t)(align - 1);
	worker.fn = fn;
	worker.arg = arg;
	ldso_worker_sync.main_done = ldso_worker_sync.went_first = 0;
	ldso_worker_sync.tp = ldso_tls_thread_init((void *)area);
	tls = __crt_tls_arg_init(&worker.tls_arg, ldso_worker_sync.tp);
	r = __crt_clone(THREAD_FLAGS, worker.map + STACK_SIZE, &worker.tid, tls,
			&worker.tid, worker_main, 0);
	if (r < 0) {
		ldso_tls_thread_release(ldso_worker_sync.tp);
		ldso_worker_sync.tp = 0;
		ldso_munmap(worker.map, worker.map_len);
		return false;
	}
	return true;
}

/*
 * The symtable build: before the main thread starts its share, the
 * worker goes first, up to its first gate or its end (it may have built
 * its part of the symbol table before: ldso_symtable_worker_part).
 */
void ldso_worker_let_first(void)
{
	if (FORCED)
		ldso_flag_wait(&ldso_worker_sync.went_first);
}

/* The main thread's share is done: let the worker finish, then free it. */
void ldso_worker_join(void)
{
	int tid;

	ldso_flag_set(&ldso_worker_sync.main_done);
	while ((tid = __atomic_load_n(&worker.tid, __ATOMIC_ACQUIRE)) != 0)
		arch_syscall4(SYS_futex, (long)&worker.tid, FUTEX_WAIT, tid, 0);
	ldso_tls_thread_release(ldso_worker_sync.tp);
	ldso_worker_sync.tp = 0;
	ldso_munmap(worker.map, worker.map_len);
}
