/*
 * libuser.so: does not need libprov.so or libprov2.so (no DT_NEEDED); its
 * references to prov_value and prov2_value bind into them because both
 * are in the global scope.  Two providers: each binding must be noted,
 * not only the first.
 */
#include <stdio.h>
int prov_value(void);
int prov2_value(void);
__attribute__((constructor)) static void up(void) { printf("user init\n"); }
__attribute__((destructor)) static void down(void) { printf("user fini\n"); }
int user_value(void) { return prov_value() + prov2_value(); }
