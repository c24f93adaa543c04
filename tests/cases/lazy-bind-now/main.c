/*
 * Says what its GOT header holds, calls now_a, now_b and now_c of
 * libnow.so (now_a twice), then, with "lazy" or "now", dlopens
 * libopened.so with RTLD_LAZY or RTLD_NOW and calls it.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

int now_a(int), now_b(int), now_c(int);

/* GOT[0..2]: DT_PLTGOT, where ld points _GLOBAL_OFFSET_TABLE_. */
extern void *_GLOBAL_OFFSET_TABLE_[] __attribute__((visibility("hidden")));

/* Lazily bound: GOT[1] is our link_map, GOT[2] code of ld.so; else zero. */
static void got_header(void)
{
	void *self = dlopen(0, RTLD_LAZY), *map = 0;
	void **got = _GLOBAL_OFFSET_TABLE_;
	Dl_info info;
	size_t n;

	dlinfo(self, RTLD_DI_LINKMAP, &map);
	if (!got[1] && !got[2]) {
		printf("GOT header: empty\n");
		return;
	}
	n = dladdr(got[2], &info) ? strlen(info.dli_fname) : 0;
	printf("GOT header: %s, %s\n", got[1] == map ? "our link_map" : "something else",
	       n >= 5 && !strcmp(info.dli_fname + n - 5, "ld.so") ? "in ld.so" : "elsewhere");
}

int main(int argc, char **argv)
{
	got_header();
	printf("%d %d %d %d\n", now_a(1), now_a(2), now_b(3), now_c(4));
	if (argc > 1) {
		void *h = dlopen("libopened.so", strcmp(argv[1], "now") ? RTLD_LAZY : RTLD_NOW);
		int (*f)(int) = h ? (int (*)(int))dlsym(h, "opened") : 0;
		if (!f)
			return 1;
		printf("opened %d\n", f(5));
	}
	return 0;
}
