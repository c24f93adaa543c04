/*
 * A constructor that exits during dlopen: at exit, only the objects whose
 * constructors ran are finalized.  libroot's dependencies are set up in
 * order libfirst, libsecond, libroot; libfirst's constructor exits, so
 * only libfirst's destructor runs, not libsecond's nor libroot's.
 */
#include <dlfcn.h>
#include <stdio.h>
int main(void)
{
	printf("main\n");
	fflush(stdout);
	dlopen("libroot.so", RTLD_NOW);
	printf("not reached\n");
	return 1;
}
