/*
 * libb.so: DT_INIT (via -Wl,-init) and DT_INIT_ARRAY constructors, each
 * printing a line.  liba.so depends on it, so libb's run first.  glibc's
 * loader calls them with (argc, argv, envp); musl's calls none of them
 * for a libc-free program (docs/abi.md section 9).
 */
#include "free.h"

static void report(const char *who, int argc, char **argv, char **envp)
{
	put(who);
	put(": argc ");
	put_uint((unsigned long)argc);
	put(argc > 0 && argv && argv[argc] == 0 ? ", argv ok" : ", argv bad");
	put(envp == argv + argc + 1 ? ", envp ok\n" : ", envp bad\n");
}

void libb_init(int argc, char **argv, char **envp)
{
	report("libb DT_INIT", argc, argv, envp);
}

__attribute__((constructor)) static void libb_ctor(int argc, char **argv, char **envp)
{
	report("libb init_array", argc, argv, envp);
}

void libb_hello(void)
{
	put("libb_hello\n");
}
