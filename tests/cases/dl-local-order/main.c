/*
 * A name defined twice in one RTLD_LOCAL dlopen group binds to the first
 * definition in the group's scope order (as glibc): with the symtable
 * loader build, the group's own symbol table must keep that order.
 */
#include <dlfcn.h>
#include <stdio.h>

int main(void)
{
	static const char *const names[] = { "root_call", "root_pointer", "root_data" };
	void *h = dlopen("libroot.so", RTLD_NOW | RTLD_LOCAL);

	if (!h) {
		printf("%s\n", dlerror());
		return 1;
	}
	for (int i = 0; i < 3; i++) {
		const char *(*f)(void) = (const char *(*)(void))dlsym(h, names[i]);
		printf("%s: %s\n", names[i], f ? f() : "missing");
	}
	printf("dlsym which: %s\n", ((const char *(*)(void))dlsym(h, "which"))());
	return dlclose(h);
}
