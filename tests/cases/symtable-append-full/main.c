/*
 * The global symbol table built at start (eight libraries whose
 * references pay for it) stays while a PLT slot waits; a dlopen with
 * RTLD_GLOBAL then brings more names than it has room for (at most 80 %
 * of its slots used): the table must go, and lookups walk.  Counting the
 * slots taken is what tells (symtable.c, fits): a table filled past its
 * last empty slot has no end to a probe.
 */
#include <dlfcn.h>
#include <stdio.h>

int sum_3(void);
int call_next_3(void);

int main(void)
{
	void *h = dlopen("libbig.so", RTLD_NOW | RTLD_GLOBAL);
	int (*big)(void), (*f)(void);

	if (!h) {
		printf("dlopen: %s\n", dlerror());
		return 1;
	}
	big = (int (*)(void))dlsym(h, "big_1199");
	f = (int (*)(void))dlsym(RTLD_DEFAULT, "f5_42");
	printf("%d %d %d %d\n", big ? big() : -1, f ? f() : -1, sum_3(),
	       call_next_3());
	return 0;
}
