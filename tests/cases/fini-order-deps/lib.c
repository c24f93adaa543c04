/* Built as liba (needs libb) and libb: each says when it is set up and torn down. */
#include <stdio.h>
__attribute__((constructor)) static void up(void) { printf("%s init\n", WHO); }
__attribute__((destructor)) static void down(void) { printf("%s fini\n", WHO); }
int NAME(void) { return 1; }
