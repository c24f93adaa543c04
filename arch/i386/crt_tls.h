/*
 * What clone(2) takes as CLONE_SETTLS on i386: a struct user_desc for
 * the GDT entry %gs selects.  The new thread keeps the creator's %gs
 * selector; the kernel's TLS GDT entries are per thread, so giving the
 * child the same entry number with its own base is what makes %gs:0 its
 * thread pointer.  Flags 0x51: seg_32bit, limit_in_pages, useable (as
 * glibc, docs/abi.md section 5).
 */
#ifndef ARCH_CRT_TLS_H
#define ARCH_CRT_TLS_H

struct __crt_tls_arg {
	unsigned int entry_number;
	unsigned int base_addr;
	unsigned int limit;
	unsigned int flags;
};

/* The value to pass as clone's tls argument. */
static inline void *__crt_tls_arg_init(struct __crt_tls_arg *a, void *tp)
{
	unsigned int gs;

	__asm__("mov %%gs, %0" : "=r"(gs));
	a->entry_number = gs >> 3;
	a->base_addr = (unsigned int)tp;
	a->limit = 0xfffff;
	a->flags = 0x51;
	return a;
}

/* The calling thread's thread pointer: the TCB's first word is itself. */
static inline void *__crt_thread_pointer(void)
{
	void *tp;

	__asm__("mov %%gs:0, %0" : "=r"(tp));
	return tp;
}

#endif
