/*
 * Built as libroot (needs libfirst and libsecond), libfirst, whose
 * constructor exits the process, and libsecond.  Each says when it is set
 * up and torn down.
 */
#include <stdio.h>
#include <stdlib.h>
__attribute__((constructor)) static void up(void)
{
	printf("%s init\n", WHO);
#ifdef EXIT
	fflush(stdout);
	exit(0);
#endif
}
__attribute__((destructor)) static void down(void) { printf("%s fini\n", WHO); }
int NAME(void) { return 1; }
