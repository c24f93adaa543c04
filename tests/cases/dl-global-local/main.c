/*
 * RTLD_GLOBAL vs RTLD_LOCAL: a later dlopen'ed library resolves symbols
 * of a library opened RTLD_GLOBAL, not those of one opened RTLD_LOCAL;
 * dlsym(RTLD_DEFAULT) likewise, while the local library's own handle
 * finds its symbols.  Reopening with RTLD_NOLOAD | RTLD_GLOBAL promotes
 * it, and then the later library loads.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

static void *try_open(const char *name)
{
	void *h = dlopen(name, RTLD_NOW);
	const char *e = h ? 0 : dlerror();

	printf("dlopen %s: %s\n", name,
	       h ? "ok" : e && strstr(e, "undefined symbol") ? "undefined symbol" : e);
	return h;
}

int main(void)
{
	void *g = dlopen("libglobal.so", RTLD_NOW | RTLD_GLOBAL);
	void *l = dlopen("liblocal.so", RTLD_NOW | RTLD_LOCAL);
	void *h;

	if (!g || !l) {
		printf("%s\n", dlerror());
		return 1;
	}
	printf("RTLD_DEFAULT finds global_sym: %d\n", dlsym(RTLD_DEFAULT, "global_sym") != 0);
	printf("RTLD_DEFAULT finds local_sym: %d\n", dlsym(RTLD_DEFAULT, "local_sym") != 0);
	dlerror();
	printf("local handle finds local_sym: %d\n", dlsym(l, "local_sym") != 0);
	h = try_open("libuseglobal.so");
	if (h)
		printf("use_global() = %d\n", ((int (*)(void))dlsym(h, "use_global"))());
	try_open("libuselocal.so");
	printf("promote: %d\n", dlopen("liblocal.so", RTLD_NOW | RTLD_NOLOAD | RTLD_GLOBAL) == l);
	h = try_open("libuselocal.so");
	if (h)
		printf("use_local() = %d\n", ((int (*)(void))dlsym(h, "use_local"))());
	return 0;
}
