/* A libc-free shared library called through the PLT (JUMP_SLOT). */
#include "free.h"

int lib_add(int a, int b)
{
	return a + b;
}

/* Calls lib_add through this library's own PLT (default visibility). */
int lib_twice(int a)
{
	return lib_add(a, a);
}

void lib_say(const char *s)
{
	put("lib says: ");
	put(s);
	put("\n");
}

void *lib_add_address(void)
{
	return (void *)&lib_add;
}
