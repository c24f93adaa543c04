/*
 * Thread-local variables for gdb to print: prog_tls (the program's) and
 * lib_tls (libtv.so's).  main sets its copies to 43 and 78, then a second
 * thread sets its own to 1000 and 2000 and stops in thread_stop, where
 * the check's gdb prints them in both threads.  main also dlopens libdt.so
 * and reads its dl_tls, which the second thread never does: gdb must say
 * that thread has no storage for it yet, and print 5 in the first.
 */
#include <crt_thread.h>
#include <dlfcn.h>
#include <stdio.h>

__thread int prog_tls = 42;
void lib_set(int value);
int lib_get(void);

__attribute__((noinline)) void thread_stop(void)
{
	__asm__ volatile ("" ::: "memory");
}

static void *run(void *arg)
{
	(void)arg;
	prog_tls = 1000;
	lib_set(2000);
	thread_stop();
	return 0;
}

int main(void)
{
	crt_thread_t t;
	void *h = dlopen("libdt.so", RTLD_NOW);
	int (*dl_get)(void) = h ? (int (*)(void))dlsym(h, "dl_get") : 0;

	int dl_value;

	if (!dl_get)
		return 2;
	dl_value = dl_get();
	prog_tls = 43;
	lib_set(78);
	if (crt_thread_create(&t, run, 0) || crt_thread_join(t, 0))
		return 1;
	printf("main %d %d %d\n", prog_tls, lib_get(), dl_value);
	return 0;
}
