/*
 * dlsym with a handle searches the handle's object and its dependencies,
 * breadth-first, and nothing else: liba's handle finds libb's, libe's and
 * libd's (a dependency of a dependency) symbols, libb's shared_name before
 * libe's, but not the program's own exported main_only.  libb's own
 * handle does not reach liba, which needs it, nor libe.
 */
#include <dlfcn.h>
#include <stdio.h>

const char *main_only(void) { return "main"; }

static void show(void *h, const char *hname, const char *sym)
{
	const char *(*f)(void) = (const char *(*)(void))dlsym(h, sym);

	printf("%s %s: %s\n", hname, sym, f ? f() : "not found");
}

int main(void)
{
	void *a = dlopen("liba.so", RTLD_NOW);
	void *b = a ? dlopen("libb.so", RTLD_NOW) : 0;

	if (!b) {
		printf("dlopen: %s\n", dlerror());
		return 1;
	}
	show(a, "liba", "a_only");
	show(a, "liba", "b_only");
	show(a, "liba", "e_only");
	show(a, "liba", "d_only");
	show(a, "liba", "shared_name");
	show(a, "liba", "main_only");
	show(b, "libb", "b_only");
	show(b, "libb", "d_only");
	show(b, "libb", "a_only");
	show(b, "libb", "e_only");
	show(RTLD_DEFAULT, "default", "main_only");
	return 0;
}
