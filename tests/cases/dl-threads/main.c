/*
 * One library dlopen'ed from two threads at once, over and over: every
 * dlopen succeeds, the library works (and each thread's TLS block starts
 * from the image while the library stays loaded), the constructor runs
 * once per load and the destructor once per unload, and in the end the
 * library is gone.
 */
#include <crt_thread.h>
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <string.h>

#define ROUNDS 300

int ctor_runs, dtor_runs;
static int ready;

static void *run(void *arg)
{
	long bad = 0;

	(void)arg;
	__atomic_add_fetch(&ready, 1, __ATOMIC_SEQ_CST);
	while (__atomic_load_n(&ready, __ATOMIC_SEQ_CST) < 2)
		;
	for (int i = 0; i < ROUNDS; i++) {
		void *h = dlopen("libshared.so", RTLD_NOW);
		int (*fn)(void) = h ? (int (*)(void))dlsym(h, "shared_value") : 0;
		int v;

		if (!fn) {
			bad++;
			continue;
		}
		/* The other thread may keep the library loaded between our
		 * rounds: then this thread's block is the old one. */
		v = fn();
		if (v != 42 && v != -1)
			bad++;
		if (dlclose(h) != 0)
			bad++;
	}
	return (void *)bad;
}

static int find(struct dl_phdr_info *info, size_t size, void *data)
{
	(void)size, (void)data;
	return strstr(info->dlpi_name, "libshared.so") != 0;
}

int main(void)
{
	crt_thread_t a, b;
	void *ra, *rb;

	if (crt_thread_create(&a, run, 0) || crt_thread_create(&b, run, 0))
		return 1;
	crt_thread_join(a, &ra);
	crt_thread_join(b, &rb);
	printf("failed rounds: %ld %ld\n", (long)ra, (long)rb);
	printf("constructors ran: %d, as many destructors: %d\n", ctor_runs > 0,
	       ctor_runs == dtor_runs);
	printf("unloaded at the end: %d\n", !dl_iterate_phdr(find, 0));
	return 0;
}
