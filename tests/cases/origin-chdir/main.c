/*
 * $ORIGIN is the program's absolute directory, fixed at start-up: after
 * chdir("/") a dlopen() through DT_RUNPATH $ORIGIN/plugins still finds
 * the library, both as ./prog and as `ld.so ./prog` (where the program's
 * path is the relative "./prog").  The library's path as the loader
 * records it (dladdr) is absolute.
 */
#include <stdio.h>
#include <dlfcn.h>
#include <unistd.h>

int main(void)
{
	void *h;
	const char *(*name)(void);
	Dl_info info;

	if (chdir("/") != 0)
		return 2;
	h = dlopen("libplugin.so", RTLD_NOW);
	if (!h) {
		printf("dlopen: %s\n", dlerror());
		return 1;
	}
	name = (const char *(*)(void))dlsym(h, "plugin_name");
	if (!name || !dladdr((void *)name, &info))
		return 3;
	printf("%s %s\n", name(), info.dli_fname[0] == '/' ? "absolute" : info.dli_fname);
	return 0;
}
