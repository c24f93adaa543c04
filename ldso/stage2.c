/*
 * Stage 2: the early thread pointer and the canary.
 *
 * WHAT THIS FILE MAY TOUCH.  Stage 1 is done, so globals, GOT slots and
 * string literals are valid.  There is still no thread pointer: in `tls`
 * guard mode reading the canary would fault.  So this file is built
 * without the stack protector (see LDSO_NO_SSP_OBJS in the Makefile) and
 * ldso_stage2 calls nothing but inline code: a protected callee would
 * check its canary against a value this function is about to change.
 *
 * WHAT IT DOES.  Installs ldso_early_tcb (static storage, so no allocator
 * is needed) as the thread pointer, with the canary derived from AT_RANDOM
 * the way glibc does it (first word, lowest byte zeroed so that string
 * overflows cannot reproduce it), and stores the same value in our hidden
 * __stack_chk_guard for `global` guard mode.  The final TCB built in tls.c
 * copies this value: the canary never changes while a protected frame is
 * live.  Control returns to the entry code, which calls ldso_main.
 */
#include "ldso.h"

struct tcb ldso_early_tcb;

/*
 * The guard for code built with -mstack-protector-guard=global: ours, and
 * on CPUs where that is the compiler's default (ARCH_EXPORTS_STACK_CHK_GUARD)
 * everyone's, as glibc's loader exports it there.  A program that links
 * libssp finds libssp's copy first in the global scope; its constructor
 * derives the same value from AT_RANDOM, so every object sees one guard.
 */
#if ARCH_EXPORTS_STACK_CHK_GUARD
#define GUARD_VISIBILITY "default"
#else
#define GUARD_VISIBILITY "hidden"
#endif
__attribute__((visibility(GUARD_VISIBILITY))) uintptr_t __stack_chk_guard;

static inline uintptr_t *find_auxv(uintptr_t *sp)
{
	uintptr_t *p = sp + 1 + sp[0] + 1;

	while (*p)
		p++;
	return p + 1;
}

static inline uintptr_t random_word(uintptr_t *auxv, uintptr_t *sp)
{
	uintptr_t value = 0;

	for (; auxv[0] != AT_NULL; auxv += 2)
		if (auxv[0] == AT_RANDOM && auxv[1])
			__builtin_memcpy(&value, (void *)auxv[1], sizeof(value));
	if (value == 0 &&
	    arch_syscall3(SYS_getrandom, (long)&value, sizeof(value), 0) !=
		    sizeof(value))
		value = (uintptr_t)sp * 0x9e3779b1u ^ (uintptr_t)&value;
	return value;
}

__attribute__((no_stack_protector, used))
void ldso_stage2(uintptr_t *sp)
{
	static const char msg[] = "ld.so: cannot set the thread pointer: " ARCH_SET_TP_CALL " failed\n";
	uintptr_t canary = random_word(find_auxv(sp), sp) & ~(uintptr_t)0xff;

	if (canary == 0)
		canary = 0xff0a0000u;
	ldso_early_tcb.self = &ldso_early_tcb;
	ldso_early_tcb.self2 = &ldso_early_tcb;
	ldso_early_tcb.canary = canary;
	__stack_chk_guard = canary;
	if (arch_set_thread_pointer((char *)&ldso_early_tcb + ARCH_TP_IN_TCB) < 0) {
		arch_syscall3(SYS_write, 2, (long)msg, sizeof(msg) - 1);
		arch_syscall1(SYS_exit_group, LDSO_EXIT_FAILURE);
	}
}
