/* dlopen of a name with $ORIGIN and a '/'. */
#include <dlfcn.h>
#include <stdio.h>

int main(void)
{
	void *h = dlopen("$ORIGIN/libdst.so", RTLD_NOW);
	const char *(*who)(void);

	if (!h) {
		printf("dlopen: %s\n", dlerror());
		return 0;
	}
	who = (const char *(*)(void))dlsym(h, "who");
	printf("who=%s\n", who ? who() : "?");
	return 0;
}
