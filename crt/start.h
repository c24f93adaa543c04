/*
 * The interface between the start files (crt1.o, Scrt1.o) and the runtime
 * (libcrt.so / libcrt.a).  It is part of libcrt's ABI: programs linked
 * today carry this layout in their crt1 code.
 *
 * The start file knows the executable's own init and fini hooks (only the
 * executable's linker defines __init_array_start and friends, as hidden
 * symbols) and hands them over; the runtime runs them in the right order.
 */
#ifndef CRT_START_H
#define CRT_START_H

typedef void (*__crt_initfn)(int argc, char **argv, char **envp);
typedef void (*__crt_finifn)(void);

struct __crt_hooks {
	void (*init)(void);		/* _init from crti.o, or 0 */
	void (*fini)(void);		/* _fini from crti.o, or 0 */
	__crt_initfn *preinit_start, *preinit_end;
	__crt_initfn *init_start, *init_end;
	__crt_finifn *fini_start, *fini_end;
	/*
	 * Non-zero in a static executable, which no loader ran: then the
	 * runtime runs .preinit_array too (a loader runs it otherwise).
	 */
	int run_preinit;
};

/* In the start file, reached from _start (arch/<arch>/crt_start.S). */
__attribute__((__visibility__("hidden"), __noreturn__))
void __crt_start_c(long *sp, void (*loader_fini)(void));

/* In the runtime. */
__attribute__((__noreturn__))
void __crt_start(int (*main)(int, char **, char **), int argc, char **argv,
		 void (*loader_fini)(void), const struct __crt_hooks *hooks);

#endif
