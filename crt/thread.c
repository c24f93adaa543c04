/*
 * crt_thread_create() and crt_thread_join() on raw clone(2).
 *
 * Memory of one thread: a stack mapping with the struct crt_thread at its
 * top (the stack grows down from just below it), and a TLS area of
 * __ldso_tls_area_size() bytes that the loader turns into the thread's
 * TCB and static TLS blocks.  The creator keeps both until the join, so a
 * thread never frees the stack it runs on.
 *
 * The kernel does the handshake: CLONE_PARENT_SETTID stores the child's
 * id in `tid` before clone returns, and CLONE_CHILD_CLEARTID zeroes it
 * and futex-wakes it when the child has exited and no longer touches its
 * stack.  The join waits for that zero.
 *
 * The loader's interface is referenced weakly: libcrt.so is linked with
 * --no-undefined, the symbols come from the loader at run time, and with
 * any other loader (or in a static program) creating a thread fails with
 * ENOSYS and a message rather than a crash.
 */
#include <crt_thread.h>
#include <errno.h>
#include <ldso_thread.h>
#include <stdint.h>
#include <sys/mman.h>

#include <crt_tls.h>
#include <syscall.h>

#include "internal.h"

#pragma weak __ldso_tls_area_size
#pragma weak __ldso_tls_area_align
#pragma weak __ldso_tls_init
#pragma weak __ldso_tls_release

#define STACK_SIZE (256UL * 1024)
#define PAGE_SIZE 4096UL
#define FUTEX_WAIT 0

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

struct crt_thread {
	volatile int tid;	/* set by the kernel; 0 once the thread is gone */
	void *(*fn)(void *);
	void *arg;
	void *result;
	void *tp;
	void *stack_map;
	void *tls_map;
	size_t tls_map_len;
	struct __crt_tls_arg tls_arg;	/* what CLONE_SETTLS gets (crt_clone.S) */
};

/* The child's first C frame: its return value goes to exit(2), unused. */
static int thread_main(void *p)
{
	struct crt_thread *t = p;

	t->result = t->fn(t->arg);
	return 0;
}

static void *map(size_t length)
{
	void *p = mmap(0, length, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	return p == MAP_FAILED ? 0 : p;
}

static const char missing[] = "crt_thread_create: the loader provides no "
	"thread TLS interface (__ldso_tls_init); threads need ld.so\n";

int crt_thread_create(crt_thread_t *thread, void *(*fn)(void *), void *arg)
{
	struct crt_thread *t;
	char *stack;
	size_t align;
	uintptr_t area;
	void *tls;
	long r;

	if (!__ldso_tls_init || !__ldso_tls_area_size ||
	    !__ldso_tls_area_align || !__ldso_tls_release) {
		__crt_write_all(2, missing, sizeof missing - 1);
		return ENOSYS;
	}
	stack = map(STACK_SIZE);
	if (!stack)
		return EAGAIN;
	t = (struct crt_thread *)(stack + STACK_SIZE) - 1;
	t->fn = fn;
	t->arg = arg;
	t->stack_map = stack;

	align = __ldso_tls_area_align();
	t->tls_map_len = (__ldso_tls_area_size() + align + PAGE_SIZE - 1) &
			 ~(PAGE_SIZE - 1);
	t->tls_map = map(t->tls_map_len);
	if (!t->tls_map) {
		munmap(stack, STACK_SIZE);
		return EAGAIN;
	}
	area = ((uintptr_t)t->tls_map + align - 1) & ~(uintptr_t)(align - 1);
	t->tp = __ldso_tls_init((void *)area);
	tls = __crt_tls_arg_init(&t->tls_arg, t->tp);

	r = __crt_clone(THREAD_FLAGS, t, (int *)&t->tid, tls, (int *)&t->tid,
			thread_main, t);
	if (r < 0) {
		__ldso_tls_release(t->tp);
		munmap(t->tls_map, t->tls_map_len);
		munmap(stack, STACK_SIZE);
		return (int)-r;
	}
	*thread = t;
	return 0;
}

/*
 * The calling thread's identity, as glibc gives it: its thread pointer.
 * Only for code written for POSIX threads that asks who it runs in
 * (valgrind's drd preload does at start); crt has no other pthread_*.
 */
unsigned long pthread_self(void)
{
	return (unsigned long)__crt_thread_pointer();
}

int crt_thread_join(crt_thread_t t, void **result)
{
	int tid;

	while ((tid = t->tid) != 0)
		arch_syscall4(SYS_futex, (long)&t->tid, FUTEX_WAIT, tid, 0);
	if (result)
		*result = t->result;
	__ldso_tls_release(t->tp);
	munmap(t->tls_map, t->tls_map_len);
	munmap(t->stack_map, STACK_SIZE);
	return 0;
}
