/* dlopen of relative names with a '/'. */
#include <dlfcn.h>
#include <stdio.h>

int main(void)
{
	const char *names[] = { "./plug.so", "sub/plug.so" };

	for (int i = 0; i < 2; i++)
		if (!dlopen(names[i], RTLD_NOW))
			printf("dlopen: %s\n", dlerror());
	return 0;
}
