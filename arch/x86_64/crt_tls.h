/*
 * What clone(2) takes as CLONE_SETTLS on x86-64: the new thread's %fs
 * base, the thread pointer itself.  The struct only keeps the interface
 * the same as i386's, where the kernel wants a descriptor in memory.
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
	return tp;
}

/* The calling thread's thread pointer: the TCB's first word is itself. */
static inline void *__crt_thread_pointer(void)
{
	void *tp;

	__asm__("mov %%fs:0, %0" : "=r"(tp));
	return tp;
}

#endif
