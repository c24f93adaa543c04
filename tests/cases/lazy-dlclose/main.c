/*
 * dlclose and lazy slots.
 * 1. libslots.so, dlopen'ed RTLD_LAZY, closed before any call (its slots
 *    never resolved), then reopened, called, closed, five times: unloaded
 *    after each close, right each time (fresh, unresolved slots).
 * 2. libuser.so calls defs_value of libdefs.so (RTLD_GLOBAL) through a
 *    lazy slot.  Once the call is made, that binding keeps libdefs.so
 *    loaded after its own dlclose, until libuser.so goes (glibc's rule);
 *    closed before libuser.so made the call (argument "early"), nothing
 *    ties them yet and libdefs.so goes at once.
 */
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <string.h>

static int find(struct dl_phdr_info *info, size_t size, void *name)
{
	size_t n = strlen(info->dlpi_name), m = strlen(name);

	(void)size;
	return n >= m && !strcmp(info->dlpi_name + n - m, name);
}

static const char *loaded(const char *name)
{
	return dl_iterate_phdr(find, (void *)name) ? "loaded" : "gone";
}

int main(int argc, char **argv)
{
	int early = argc > 1 && !strcmp(argv[1], "early");
	void *defs, *user;
	int (*fn)(int);

	for (int round = 0; round < 5; round++) {
		void *h = dlopen("libslots.so", RTLD_LAZY);
		int (*outer)(const char *);

		if (!h)
			return 1;
		if (round == 0) {
			dlclose(h);
			printf("slots never resolved, closed: %s\n", loaded("libslots.so"));
			continue;
		}
		outer = (int (*)(const char *))dlsym(h, "slots_outer");
		printf("round %d: %d", round, outer("abcd"));
		printf(" %d\n", outer("ab"));
		dlclose(h);
		printf("closed: %s\n", loaded("libslots.so"));
	}

	defs = dlopen("libdefs.so", RTLD_LAZY | RTLD_GLOBAL);
	user = dlopen("libuser.so", RTLD_LAZY);
	fn = user ? (int (*)(int))dlsym(user, "user") : 0;
	if (!defs || !fn)
		return 1;
	if (!early)
		printf("user(1) = %d\n", fn(1));
	dlclose(defs);
	printf("libdefs.so after its dlclose: %s\n", loaded("libdefs.so"));
	if (!early)
		printf("user(2) = %d\n", fn(2));
	dlclose(user);
	printf("after libuser.so's dlclose: libuser.so %s, libdefs.so %s\n",
	       loaded("libuser.so"), loaded("libdefs.so"));
	return 0;
}
