/*
 * The program's own .preinit_array and .init_array next to its libraries'
 * constructors.  A libc's start files run the program's init_array, so
 * no loader does; glibc's loader runs the program's preinit_array.
 */
#include "free.h"

void liba_hello(void);

static void prog_preinit(int argc, char **argv, char **envp)
{
	(void)argv, (void)envp;
	put_num("program preinit_array: argc", (unsigned long)argc);
}
__attribute__((used, section(".preinit_array")))
static void (*const preinit[])(int, char **, char **) = { prog_preinit };

__attribute__((constructor)) static void prog_ctor(void)
{
	put("program init_array\n");
}

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	put("main\n");
	liba_hello();
	return 0;
}
