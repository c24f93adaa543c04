/*
 * The C half of crt1.o and Scrt1.o, reached from _start
 * (arch/<arch>/crt_start.S) with the kernel's stack pointer and the
 * loader's fini function.  It gathers the executable's own init and fini
 * hooks and hands everything to the runtime's __crt_start().
 *
 * Built without the stack protector: in a static program nothing has set
 * the thread pointer, so reading the canary would fault.  Built twice:
 * position-independent for Scrt1.o, absolute for crt1.o.
 */
#include "start.h"

int main(int, char **, char **);

/*
 * Weak and hidden: only this executable's linker defines these, and not
 * all of them in every link (no crti.o, no _DYNAMIC in a static link).
 */
#define CRT_LINKER_SYMBOL __attribute__((__weak__, __visibility__("hidden")))
extern void _init(void) CRT_LINKER_SYMBOL;
extern void _fini(void) CRT_LINKER_SYMBOL;
extern __crt_initfn __preinit_array_start[] CRT_LINKER_SYMBOL;
extern __crt_initfn __preinit_array_end[] CRT_LINKER_SYMBOL;
extern __crt_initfn __init_array_start[] CRT_LINKER_SYMBOL;
extern __crt_initfn __init_array_end[] CRT_LINKER_SYMBOL;
extern __crt_finifn __fini_array_start[] CRT_LINKER_SYMBOL;
extern __crt_finifn __fini_array_end[] CRT_LINKER_SYMBOL;
extern char _DYNAMIC[] CRT_LINKER_SYMBOL;

__attribute__((__used__))
void __crt_start_c(long *sp, void (*loader_fini)(void))
{
	struct __crt_hooks hooks = {
		.init = _init,
		.fini = _fini,
		.preinit_start = __preinit_array_start,
		.preinit_end = __preinit_array_end,
		.init_start = __init_array_start,
		.init_end = __init_array_end,
		.fini_start = __fini_array_start,
		.fini_end = __fini_array_end,
		/* A program without a dynamic section was run by no loader. */
		.run_preinit = _DYNAMIC == 0,
	};

	__crt_start(main, (int)sp[0], (char **)(sp + 1), loader_fini, &hooks);
}
