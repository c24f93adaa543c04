/*
 * libuser.so: does not need libprov.so (no DT_NEEDED); its reference to
 * prov_value binds into it because libprov.so is in the global scope.
 */
#include <stdio.h>
int prov_value(void);
__attribute__((constructor)) static void up(void) { printf("user init\n"); }
__attribute__((destructor)) static void down(void) { printf("user fini\n"); }
int user_value(void) { return prov_value(); }
