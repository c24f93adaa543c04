/*
 * Calls now_a, now_b and now_c of libnow.so (now_a twice), then, with
 * "lazy" or "now", dlopens libopened.so with RTLD_LAZY or RTLD_NOW and
 * calls it.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

int now_a(int), now_b(int), now_c(int);

int main(int argc, char **argv)
{
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
