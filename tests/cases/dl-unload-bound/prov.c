/* libprov.so: dlopen'ed with RTLD_GLOBAL, provides prov_value. */
#include <stdio.h>
__attribute__((constructor)) static void up(void) { printf("prov init\n"); }
__attribute__((destructor)) static void down(void) { printf("prov fini\n"); }
int prov_value(void) { return 42; }
