/*
 * RTLD_NOLOAD: NULL for a library not loaded (and it stays unloaded), the
 * same handle for one that is (by the same name and by another path to
 * the same file), and it counts as a reference.
 * RTLD_NODELETE: after the last dlclose the library stays mapped, its
 * destructor does not run, its state survives, and reopening it does not
 * run its constructor again.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

int ctor_runs, dtor_runs;

int main(void)
{
	void *h, *n;
	int (*bump)(void);
	Dl_info info;

	n = dlopen("libnoload.so", RTLD_NOW | RTLD_NOLOAD);
	printf("NOLOAD before loading: %s, dlerror set %d\n", n ? "handle" : "NULL",
	       dlerror() != 0);
	printf("still not loaded, constructor runs %d\n", ctor_runs);
	h = dlopen("libnoload.so", RTLD_NOW);
	n = dlopen("libnoload.so", RTLD_NOW | RTLD_NOLOAD);
	printf("NOLOAD same name: %s\n", n == h ? "same handle" : "wrong");
	n = dlopen("./libnoload.so", RTLD_NOW | RTLD_NOLOAD);
	printf("NOLOAD other path: %s\n", n == h ? "same handle" : "wrong");
	/* Three references now (if the NOLOAD ones worked). */
	dlclose(h);
	dlclose(h);
	printf("after 2 of 3 dlcloses: destructor runs %d\n", dtor_runs);
	dlclose(h);
	printf("after the last: destructor runs %d\n", dtor_runs);

	ctor_runs = dtor_runs = 0;
	h = dlopen("libkeep.so", RTLD_NOW | RTLD_NODELETE);
	bump = (int (*)(void))dlsym(h, "bump");
	bump();
	dlclose(h);
	printf("NODELETE closed: destructor runs %d, still loaded %d\n", dtor_runs,
	       dladdr((void *)bump, &info) && strstr(info.dli_fname, "libkeep.so"));
	printf("its code still there: bump() = %d\n", bump());
	h = dlopen("libkeep.so", RTLD_NOW);
	printf("reopened: constructor runs %d, same function %d\n", ctor_runs,
	       dlsym(h, "bump") == (void *)bump);
	return 0;
}
