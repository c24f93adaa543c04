/*
 * The loader's lock keeps a second thread out while a first holds it: a
 * thread's dlsym waits for another thread's dlopen to run its library's
 * constructor and return (objects.c: the owner is named by its thread
 * pointer, so no other thread passes for it).  The constructor
 * (lib.c) looks for the dlsym's return while it runs.
 */
#include <crt_thread.h>
#include <dlfcn.h>
#include <stdio.h>

volatile int in_ctor, trying, returned;

int marker(void)
{
	return 7;
}

static void *other(void *arg)
{
	int (*f)(void);

	(void)arg;
	while (!in_ctor)
		;
	trying = 1;
	f = (int (*)(void))dlsym(RTLD_DEFAULT, "marker");
	returned = 1;
	return (void *)(long)(f ? f() : -1);
}

int main(void)
{
	crt_thread_t t;
	void *h, *r;
	int *seen;

	if (crt_thread_create(&t, other, 0))
		return 1;
	h = dlopen("liblockctor.so", RTLD_NOW);
	if (!h) {
		printf("dlopen: %s\n", dlerror());
		return 1;
	}
	crt_thread_join(t, &r);
	seen = (int *)dlsym(h, "seen_return");
	printf("the other thread's dlsym returned during the constructor: %d\n",
	       seen ? *seen : -1);
	printf("and then found marker: %ld\n", (long)r);
	return 0;
}
