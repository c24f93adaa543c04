/* Its constructor dlopens libinner.so (the dl lock is recursive) and
 * keeps a function from it. */
#include <dlfcn.h>
#include <stdio.h>
extern int events;
static int (*inner_fn)(void);
static void *inner;

__attribute__((constructor)) static void outer_up(void)
{
	inner = dlopen("libinner.so", RTLD_NOW);
	inner_fn = inner ? (int (*)(void))dlsym(inner, "inner_value") : 0;
	events = events * 10 + 2;
}

__attribute__((destructor)) static void outer_down(void)
{
	events = events * 10 + 4;
	if (inner)
		dlclose(inner);
}

int outer_value(void) { return inner_fn ? inner_fn() + 1 : -1; }
