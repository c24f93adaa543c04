/*
 * What clone(2) takes as CLONE_SETTLS on AArch64: the new thread's
 * tpidr_el0, the thread pointer itself.  The struct only keeps the
 * interface the same as i386's, where the kernel wants a descriptor.
 */
#ifndef ARCH_CRT_TLS_H
#define ARCH_CRT_TLS_H

struct __crt_tls_arg {
	void *tp;
};

/* The value to pass as clone's tls argument. */
static inline void *__crt_tls_arg_init(struct __crt_tls_arg *a, void *tp)
{
	a->tp = tp;
	return a->tp;
}

/* The calling thread's thread pointer: user code may read tpidr_el0. */
static inline void *__crt_thread_pointer(void)
{
	void *tp;

	__asm__("mrs %0, tpidr_el0" : "=r"(tp));
	return tp;
}

#endif
