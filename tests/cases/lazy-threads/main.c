/*
 * Threads racing first calls.  libfns0.so .. libfns15.so are dlopen'ed
 * RTLD_GLOBAL.  Each round dlopens libcaller.so (RTLD_LAZY: 64 fresh,
 * unresolved slots binding into those sixteen, which it does not need:
 * each first binding into one of them records the tie), and four
 * threads, released together, call
 * every fN through them in the same order: most slots get their first
 * call from several threads at once (LD_DEBUG=bindings shows the same
 * slot bound more than once).  A fifth thread opens and closes libother.so
 * until they are done, changing the object list under the fixups.  Every
 * call must return 7N + 1.
 */
#include <crt_thread.h>
#include <dlfcn.h>
#include <stdio.h>

#define THREADS 4
#define ROUNDS 8
#define FUNCTIONS 64

static int (*call)(int);
static int go, arrived, done;
static long wrong;

static void wait_for_go(void)
{
	__atomic_add_fetch(&arrived, 1, __ATOMIC_SEQ_CST);
	while (!__atomic_load_n(&go, __ATOMIC_SEQ_CST))
		;
}

static void *caller(void *arg)
{
	(void)arg;
	wait_for_go();
	for (int i = 0; i < FUNCTIONS; i++) {
		if (call(i) != 7 * i + 1)
			__atomic_add_fetch(&wrong, 1, __ATOMIC_SEQ_CST);
	}
	__atomic_add_fetch(&done, 1, __ATOMIC_SEQ_CST);
	return 0;
}

static void *opener(void *arg)
{
	(void)arg;
	wait_for_go();
	while (__atomic_load_n(&done, __ATOMIC_SEQ_CST) < THREADS) {
		void *h = dlopen("libother.so", RTLD_LAZY);
		if (!h)
			__atomic_add_fetch(&wrong, 1, __ATOMIC_SEQ_CST);
		else
			dlclose(h);
	}
	return 0;
}

int main(void)
{
	for (int k = 0; k < 16; k++) {
		char name[32];
		snprintf(name, sizeof(name), "libfns%d.so", k);
		if (!dlopen(name, RTLD_LAZY | RTLD_GLOBAL))
			return 1;
	}
	for (int round = 0; round < ROUNDS; round++) {
		void *h = dlopen("libcaller.so", RTLD_LAZY);
		crt_thread_t t[THREADS + 1];

		call = h ? (int (*)(int))dlsym(h, "call") : 0;
		if (!call)
			return 1;
		go = arrived = done = 0;
		for (long i = 0; i < THREADS; i++)
			if (crt_thread_create(&t[i], caller, (void *)i))
				return 1;
		if (crt_thread_create(&t[THREADS], opener, 0))
			return 1;
		while (__atomic_load_n(&arrived, __ATOMIC_SEQ_CST) < THREADS + 1)
			;
		__atomic_store_n(&go, 1, __ATOMIC_SEQ_CST);
		for (int i = 0; i <= THREADS; i++)
			crt_thread_join(t[i], 0);
		dlclose(h);
	}
	printf("%d rounds of %d threads racing %d first calls: %ld wrong\n",
	       ROUNDS, THREADS, FUNCTIONS, wrong);
	return 0;
}
