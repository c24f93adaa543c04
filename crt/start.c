/*
 * __crt_start: what the start files call (see start.h).  The order below
 * is glibc's and musl's, so that programs see the same sequence under
 * every loader:
 *
 *   1. the loader's fini is registered first, so that it runs last: the
 *      libraries' destructors come after everything the program set up;
 *   2. .preinit_array, only in a static program (a loader runs it);
 *   3. the executable's _init, then .init_array, with (argc, argv, envp);
 *   4. the executable's fini (.fini_array backwards, then _fini) is
 *      registered, so it runs after the handlers main() registers and
 *      before the loader's fini;
 *   5. exit(main(argc, argv, envp)).
 */
#include <stdlib.h>
#include <unistd.h>

#include "internal.h"
#include "start.h"

char **environ;
unsigned long *__crt_auxv;

static struct __crt_hooks exe_hooks;

static void run_init_array(__crt_initfn *start, __crt_initfn *end, int argc,
			   char **argv, char **envp)
{
	for (; start < end; start++)
		(*start)(argc, argv, envp);
}

static void run_exe_fini(void)
{
	__crt_finifn *fn = exe_hooks.fini_end;

	while (fn > exe_hooks.fini_start)
		(*--fn)();
	if (exe_hooks.fini)
		exe_hooks.fini();
}

static unsigned long *find_auxv(char **envp)
{
	while (*envp)
		envp++;
	return (unsigned long *)(envp + 1);
}

void __crt_start(int (*main)(int, char **, char **), int argc, char **argv,
		 void (*loader_fini)(void), const struct __crt_hooks *hooks)
{
	char **envp = argv + argc + 1;

	environ = envp;
	__crt_auxv = find_auxv(envp);
	exe_hooks = *hooks;

	if (loader_fini)
		atexit(loader_fini);
	if (hooks->run_preinit)
		run_init_array(hooks->preinit_start, hooks->preinit_end,
			       argc, argv, envp);
	if (hooks->init)
		hooks->init();
	run_init_array(hooks->init_start, hooks->init_end, argc, argv, envp);
	atexit(run_exe_fini);

	exit(main(argc, argv, envp));
}
