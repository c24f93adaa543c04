/*
 * RTLD_NEXT: libwrap.so (before libreal.so in the scope) wraps compute();
 * calls from the program and from libreal.so itself reach the wrapper,
 * which reaches the real one.  dlsym(RTLD_NEXT) from the program finds
 * the first definition after it: the wrapper.  A name nobody defines
 * after the caller gives NULL and a dlerror message.
 */
#include <dlfcn.h>
#include <stdio.h>

int compute(int x);
int real_calls_compute(int x);

int main(void)
{
	int (*next)(int) = (int (*)(int))dlsym(RTLD_NEXT, "compute");

	printf("compute(21) = %d\n", compute(21));
	printf("from libreal: %d\n", real_calls_compute(21));
	printf("RTLD_NEXT from main is the wrapper: %d\n", next == compute);
	printf("RTLD_NEXT of main: %p\n", dlsym(RTLD_NEXT, "main"));
	printf("dlerror set: %d\n", dlerror() != 0);
	return 0;
}
