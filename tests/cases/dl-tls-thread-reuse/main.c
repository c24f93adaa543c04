/*
 * One thread after another, each reading a dlopen'ed library's dynamic
 * TLS: every new thread finds the initial value, never a finished
 * thread's (whose DTV and blocks were freed, and whose memory the next
 * thread's may reuse).
 */
#include <crt_thread.h>
#include <dlfcn.h>
#include <stdio.h>

static int (*tls_swap)(int);

static void *run(void *arg)
{
	return (void *)(long)tls_swap(100 + (int)(long)arg);
}

int main(void)
{
	void *h = dlopen("libdyn.so", RTLD_NOW);

	if (!h || !(tls_swap = (int (*)(int))dlsym(h, "tls_swap"))) {
		printf("dlopen: %s\n", dlerror());
		return 1;
	}
	printf("main: %d\n", tls_swap(1));
	for (long i = 1; i <= 4; i++) {
		crt_thread_t t;
		void *seen;
		if (crt_thread_create(&t, run, (void *)i) || crt_thread_join(t, &seen)) {
			printf("thread %ld: cannot run\n", i);
			return 1;
		}
		printf("thread %ld: %ld\n", i, (long)seen);
	}
	printf("main again: %d\n", tls_swap(1));
	return 0;
}
