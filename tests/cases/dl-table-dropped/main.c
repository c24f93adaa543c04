/*
 * A dlopen group's lookup after the global scope lost its table.  liba.so
 * is opened RTLD_LAZY | RTLD_LOCAL with libb.so: the group gets a table
 * of its own, and the global scope one (symtable.c).  Closing a global
 * object drops the global table; liba's first call to b_value is then
 * looked up by walking the global scope, and found in the group's table,
 * which must be probed with the name's own hash although no global table
 * computed it.
 */
#include <dlfcn.h>
#include <stdio.h>

int main(void)
{
	void *a = dlopen("liba.so", RTLD_LAZY | RTLD_LOCAL);
	void *g = a ? dlopen("libg.so", RTLD_NOW | RTLD_GLOBAL) : 0;
	int (*a_value)(void);

	if (!g) {
		printf("dlopen: %s\n", dlerror());
		return 1;
	}
	dlclose(g);
	a_value = (int (*)(void))dlsym(a, "a_value");
	printf("a_value: %d\n", a_value ? a_value() : -1);
	return dlclose(a);
}
