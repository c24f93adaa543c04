/*
 * $ORIGIN of a library that does not sit beside the program: the program
 * finds lib1/libouter.so and lib1/libold.so through its RUNPATH; each of
 * them names $ORIGIN/sub, which must mean lib1/sub, not the program's
 * sub/ (where decoys wait) nor the current directory's.  libouter.so uses
 * DT_RUNPATH, libold.so DT_RPATH.
 */
#include <stdio.h>
const char *outer(void), *old_outer(void);
int main(void)
{
	printf("runpath: %s\nrpath: %s\n", outer(), old_outer());
	return 0;
}
