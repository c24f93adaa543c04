/* libctor.so: its constructor aborts, inside the loader's dlopen. */
#include <stdlib.h>

__attribute__((constructor)) static void ctor_abort(void)
{
	abort();
}
