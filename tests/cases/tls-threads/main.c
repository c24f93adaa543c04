/*
 * Four threads, each with its own copies of static TLS (the executable's,
 * local-exec; a DT_NEEDED library's, initial-exec and TLSDESC), dynamic
 * TLS (a dlopen'ed library's, general-dynamic and TLSDESC) and static TLS
 * of a library dlopen'ed into the surplus after the threads were made.
 * Each thread checks the initial images, writes its id into every
 * variable, waits until all four have written, and reads back its own.
 */
#include <crt_thread.h>
#include <dlfcn.h>
#include <stdio.h>

#include "tlsvars.h"

#define THREADS 4
#define KINDS 7

typedef void *accessor(int which);
accessor exe_le_in_exe, need_ie_in_need, need_desc_in_need;

static const char *names[KINDS] = {
	"exe local-exec", "need initial-exec", "need tlsdesc",
	"dyn general-dynamic", "dyn tlsdesc", "dynie initial-exec",
	"dynie tlsdesc",
};
static accessor *fns[KINDS] = { exe_le_in_exe, need_ie_in_need,
				need_desc_in_need };
/* Two accessors (two models) per library module: the same variables. */
static const int module_of[KINDS] = { 0, 1, 1, 2, 2, 3, 3 };
static int go, written;
static void *addr[THREADS][KINDS];
static int bad[THREADS][KINDS];

static void wait_for(int *word, int value)
{
	while (__atomic_load_n(word, __ATOMIC_ACQUIRE) < value)
		__asm__ volatile("" ::: "memory");
}

static void *run(void *arg)
{
	long id = (long)arg;

	wait_for(&go, 1);	/* main has dlopen'ed the libraries */
	for (int k = 0; k < KINDS; k++) {
		int *data = fns[k](0), *bss = fns[k](1);
		if (k == 0 || module_of[k] != module_of[k - 1]) {
			if (*data != DATA_INIT || *bss != 0)
				bad[id][k] |= 1;
			*data = (int)(id * 100 + module_of[k]);
			*bss = (int)id + 1;
		}
		addr[id][k] = data;
	}
	__atomic_add_fetch(&written, 1, __ATOMIC_ACQ_REL);
	wait_for(&written, THREADS);
	for (int k = 0; k < KINDS; k++) {
		if (*(int *)fns[k](0) != id * 100 + module_of[k] ||
		    *(int *)fns[k](1) != id + 1)
			bad[id][k] |= 2;
		if (fns[k](0) != addr[id][k])
			bad[id][k] |= 4;
	}
	return 0;
}

int main(void)
{
	crt_thread_t t[THREADS];
	void *dyn, *dynie;
	int failures = 0;

	/* Threads first, so the dlopen'ed modules are new to their DTVs. */
	for (long i = 0; i < THREADS; i++)
		if (crt_thread_create(&t[i], run, (void *)i)) {
			printf("thread %ld not created\n", i);
			return 1;
		}
	dyn = dlopen("libdyn.so", RTLD_NOW);
	dynie = dlopen("libdynie.so", RTLD_NOW);
	if (!dyn || !dynie) {
		printf("dlopen: %s\n", dlerror());
		return 1;
	}
	fns[3] = (accessor *)dlsym(dyn, "dyn_gd_in_dyn");
	fns[4] = (accessor *)dlsym(dyn, "dyn_desc_in_dyn");
	fns[5] = (accessor *)dlsym(dynie, "dynie_ie_in_dynie");
	fns[6] = (accessor *)dlsym(dynie, "dynie_desc_in_dynie");
	for (int k = 3; k < KINDS; k++)
		if (!fns[k]) {
			printf("dlsym %s failed\n", names[k]);
			return 1;
		}
	__atomic_store_n(&go, 1, __ATOMIC_RELEASE);
	for (int i = 0; i < THREADS; i++)
		crt_thread_join(t[i], 0);

	for (int k = 0; k < KINDS; k++) {
		int ok = 1;
		for (int i = 0; i < THREADS; i++) {
			if (bad[i][k]) {
				printf("thread %d %s: %s%s%s\n", i, names[k],
				       bad[i][k] & 1 ? "initial image wrong " : "",
				       bad[i][k] & 2 ? "value not its own " : "",
				       bad[i][k] & 4 ? "address moved" : "");
				ok = 0;
			}
			for (int j = 0; j < i; j++)
				if (addr[i][k] == addr[j][k]) {
					printf("threads %d and %d share %s\n", j, i,
					       names[k]);
					ok = 0;
				}
		}
		/* The main thread's copy is untouched by the others. */
		if (*(int *)fns[k](0) != DATA_INIT)
			ok = 0, printf("main's %s changed\n", names[k]);
		printf("%s: %s\n", names[k], ok ? "4 threads, 4 copies" : "FAIL");
		failures += !ok;
	}
	return failures != 0;
}
