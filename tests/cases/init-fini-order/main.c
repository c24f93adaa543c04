/* Initializers and finalizers run in glibc's order; initializers get (argc, argv, envp). */
#include <stdio.h>
#include <stdlib.h>
void lib_touch(void);
static void preinit(int argc, char **argv, char **envp)
{
	printf("exe preinit_array argc=%d argv[1]=%s envp[0]=%s\n", argc, argv[1], envp[0]);
}
__attribute__((section(".preinit_array"), used)) static void (*preinit_entry)(int, char **, char **) = preinit;
__attribute__((constructor)) static void exe_ctor(int argc, char **argv, char **envp)
{
	printf("exe init_array argc=%d argv[1]=%s envp[0]=%s\n", argc, argv[1], envp[0]);
}
__attribute__((destructor)) static void exe_dtor(void) { puts("exe fini_array"); }
static void handler1(void) { puts("atexit 1"); }
static void handler2(void) { puts("atexit 2"); }
int main(void)
{
	lib_touch();
	puts("main");
	atexit(handler1);
	atexit(handler2);
	return 0;
}
