/* The library's DT_INIT (-init), .init_array, .fini_array and DT_FINI (-fini). */
#include <stdio.h>
void lib_init(int argc, char **argv, char **envp)
{
	printf("lib DT_INIT argc=%d argv[1]=%s envp[0]=%s\n", argc, argv[1], envp[0]);
}
__attribute__((constructor)) static void lib_ctor(int argc, char **argv, char **envp)
{
	printf("lib init_array argc=%d argv[1]=%s envp[0]=%s\n", argc, argv[1], envp[0]);
}
__attribute__((destructor)) static void lib_dtor1(void) { puts("lib fini_array 1"); }
__attribute__((destructor)) static void lib_dtor2(void) { puts("lib fini_array 2"); }
void lib_fini(void) { puts("lib DT_FINI"); }
void lib_touch(void) {}
