/*
 * An IFUNC whose resolver calls through the library's PLT and reads its
 * TLS: it needs the library relocated, and a thread pointer with this
 * library's static TLS.  The program takes the IFUNC's address, so the
 * resolver runs at start-up, while the program is relocated: in the
 * symtable build on stage 6's worker, which goes first (worker.c), with
 * the library the main thread's: the resolver runs once the main thread
 * is done, on the worker's own TLS.
 */
__thread int lib_tls = 7;
static int seen_tls = -1;

/* A function, not the variable: a program's copy of it would be made
 * when its copy relocation comes, before or after the resolver ran. */
int lib_seen_tls(void) { return seen_tls; }

static int chosen_impl(void) { return 42; }

/* Exported, so that the call goes through the PLT (with -fno-plt, the GOT). */
int lib_helper(void) { return lib_tls; }

static int (*pick(void))(void)
{
	seen_tls = lib_helper();
	return chosen_impl;
}

int chosen(void) __attribute__((ifunc("pick")));
