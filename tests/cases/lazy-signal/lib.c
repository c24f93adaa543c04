/*
 * libsig.so.  raising_if is an IFUNC whose resolver, run by the loader's
 * lazy-binding fixup at the first call, raises SIGUSR1 (once main has
 * armed it): the signal arrives while the interrupted code is inside the
 * resolver.  handler_first and h0..h31 are what signal handlers call for
 * the first time; f0..f255 what main calls meanwhile.
 */
#include <signal.h>

int armed, resolver_done;

static int raising_body(int x)
{
	return x + 4;
}

static int (*resolve_raising(void))(int)
{
	if (armed)
		raise(SIGUSR1);
	resolver_done = 1;
	return raising_body;
}

int raising_if(int) __attribute__((ifunc("resolve_raising")));

int handler_first(int x)
{
	return x * 2;
}
