/* The interposer: comes first in the scope, wraps compute() of a later
 * library and calls the real one through dlsym(RTLD_NEXT). */
#include <dlfcn.h>
int compute(int x)
{
	static int (*real)(int);

	if (!real)
		real = (int (*)(int))dlsym(RTLD_NEXT, "compute");
	return real ? 1000 + real(x) : -1;
}
