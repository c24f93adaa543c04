/*
 * An object is known by its soname once loaded: libfoo-1.2.so, opened by
 * its path, is what dlopen("libfoo.so.1") and libbar.so's DT_NEEDED
 * libfoo.so.1 get, though no file is called that.
 */
#include <dlfcn.h>
#include <stdio.h>

int main(void)
{
	void *byPath = dlopen("./libfoo-1.2.so", RTLD_NOW | RTLD_GLOBAL);
	void *bySoname = dlopen("libfoo.so.1", RTLD_NOW);
	void *bar = dlopen("libbar.so", RTLD_NOW);
	int (*barfn)(void) = bar ? (int (*)(void))dlsym(bar, "bar") : 0;

	printf("by path: %s\n", byPath ? "loaded" : dlerror());
	printf("by soname: %s\n", bySoname == byPath ? "the same object" :
	       bySoname ? "another object" : dlerror());
	printf("libbar.so: %s %d\n", barfn ? "loaded" : dlerror(), barfn ? barfn() : 0);
	return 0;
}
