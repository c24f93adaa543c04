/*
 * libopen.so: its constructor, which the loader runs during start-up
 * while the global symbol table is still there (it goes once start-up is
 * over), opens libmid.so and then libbig.so with RTLD_GLOBAL (main.c).
 */
#include <dlfcn.h>
#include <stdio.h>

int sum_3(void);
int call_next_3(void);

typedef int (*fn)(void);

static char out[2][128];

static int call(void *handle, const char *name)
{
	fn f = (fn)dlsym(handle, name);

	return f ? f() : -1;
}

__attribute__((constructor)) static void open_both(void)
{
	void *mid = dlopen("libmid.so", RTLD_NOW | RTLD_GLOBAL), *big;

	if (!mid) {
		snprintf(out[0], sizeof(out[0]), "dlopen: %s", dlerror());
		return;
	}
	snprintf(out[0], sizeof(out[0]), "%d %d", call(RTLD_DEFAULT, "mid_599"),
		 call(RTLD_DEFAULT, "f5_42"));
	big = dlopen("libbig.so", RTLD_NOW | RTLD_GLOBAL);
	if (!big) {
		snprintf(out[1], sizeof(out[1]), "dlopen: %s", dlerror());
		return;
	}
	snprintf(out[1], sizeof(out[1]), "%d %d %d %d %d", call(big, "big_599"),
		 call(RTLD_DEFAULT, "mid_3"), call(RTLD_DEFAULT, "f5_42"),
		 sum_3(), call_next_3());
}

const char *opened(int i)
{
	return out[i];
}
