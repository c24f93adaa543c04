/*
 * What clone(2) takes as CLONE_SETTLS on RISC-V: the new thread's tp, the
 * thread pointer itself.  The struct only keeps the interface the same as
 * i386's, where the kernel wants a descriptor.
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

/* The calling thread's thread pointer: the tp register. */
static inline void *__crt_thread_pointer(void)
{
	void *tp;

	__asm__("mv %0, tp" : "=r"(tp));
	return tp;
}

#endif
