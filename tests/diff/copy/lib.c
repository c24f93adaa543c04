/* Data in a libc-free .so that a non-PIE program copies (COPY relocation). */
#include "free.h"

int lib_counter = 5;
const char *lib_name = "libdata";
int lib_array[4] = { 1, 2, 3, 4 };

int lib_get_counter(void)
{
	return lib_counter;
}

int *lib_counter_address(void)
{
	return &lib_counter;
}
