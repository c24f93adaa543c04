/*
 * Dies by SIGABRT in one of four ways, for gdb's `bt` (argv[1]):
 *   abort   main -> do_abort -> abort()
 *   smash   main -> smash, whose canary is overwritten -> __stack_chk_fail
 *   ctor    main -> dlopen -> the loader -> libctor.so's constructor -> abort()
 *   thread  a thread: thread_main -> do_abort -> abort()
 *   signal  main -> send_signal -> raise(SIGUSR1) -> on_signal -> do_abort
 *           (through the signal frame and libcrt's restorer)
 */
#include <crt_thread.h>
#include <dlfcn.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) void do_abort(void)
{
	abort();
}

__attribute__((noinline)) void smash(const char *s)
{
	char buf[8];

	strcpy(buf, s);		/* three bytes too many: into the canary */
	__asm__ volatile("" : : "r"(buf) : "memory");
}

static void on_signal(int sig)
{
	(void)sig;
	do_abort();
}

__attribute__((noinline)) void send_signal(void)
{
	signal(SIGUSR1, on_signal);
	raise(SIGUSR1);
}

static void *thread_main(void *arg)
{
	(void)arg;
	do_abort();
	return 0;
}

int main(int argc, char **argv)
{
	crt_thread_t t;

	if (argc < 2)
		return 2;
	if (!strcmp(argv[1], "abort"))
		do_abort();
	else if (!strcmp(argv[1], "smash"))
		smash("0123456789");
	else if (!strcmp(argv[1], "ctor"))
		dlopen("./libctor.so", RTLD_NOW);
	else if (!strcmp(argv[1], "thread") && !crt_thread_create(&t, thread_main, 0))
		crt_thread_join(t, 0);
	else if (!strcmp(argv[1], "signal"))
		send_signal();
	return 1;
}
