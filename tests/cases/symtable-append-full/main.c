/*
 * The global symbol table built at start (eight libraries whose
 * references pay for it) stays while a PLT slot waits; a dlopen with
 * RTLD_GLOBAL then appends libmid's names, which fit, and a second one
 * libbig's, which do not (at most 80 % of the slots used): the table
 * must go, and lookups walk.  Counting the slots the first append took
 * is what tells (symtable.c, fits): a table filled past its last empty
 * slot has no end to a probe.
 */
#include <dlfcn.h>
#include <stdio.h>

int sum_3(void);
int call_next_3(void);

typedef int (*fn)(void);

static int call(void *handle, const char *name)
{
	fn f = (fn)dlsym(handle, name);

	return f ? f() : -1;
}

int main(void)
{
	void *mid = dlopen("libmid.so", RTLD_NOW | RTLD_GLOBAL), *big;

	if (!mid) {
		printf("dlopen: %s\n", dlerror());
		return 1;
	}
	printf("%d %d\n", call(RTLD_DEFAULT, "mid_599"),
	       call(RTLD_DEFAULT, "f5_42"));
	big = dlopen("libbig.so", RTLD_NOW | RTLD_GLOBAL);
	if (!big) {
		printf("dlopen: %s\n", dlerror());
		return 1;
	}
	printf("%d %d %d %d %d\n", call(big, "big_599"),
	       call(RTLD_DEFAULT, "mid_3"), call(RTLD_DEFAULT, "f5_42"),
	       sum_3(), call_next_3());
	return 0;
}
