/* libctor.so: its constructor, run by dlopen, raises SIGUSR1. */
#include <signal.h>

__attribute__((constructor)) static void raise_usr1(void)
{
	raise(SIGUSR1);
}

int ctor_lib_loaded = 1;
