/*
 * A constructor that calls dlopen: dlopen(libouter.so) runs outer's
 * constructor, which dlopens libinner.so (inner's constructor runs inside
 * it, first, and only once), and the functions work.  dlclose runs
 * outer's destructor, whose dlclose of inner runs inner's destructor;
 * both are unloaded.  events records the order, one digit per event.
 */
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <string.h>

int events;

static int find(struct dl_phdr_info *info, size_t size, void *name)
{
	(void)size;
	return strstr(info->dlpi_name, name) != 0;
}

static int loaded(const char *name)
{
	return dl_iterate_phdr(find, (void *)name);
}

int main(void)
{
	void *h = dlopen("libouter.so", RTLD_NOW);
	int (*outer_value)(void);

	if (!h) {
		printf("dlopen: %s\n", dlerror());
		return 1;
	}
	outer_value = (int (*)(void))dlsym(h, "outer_value");
	printf("after dlopen: events %d (1 inner ctor, 2 outer ctor)\n", events);
	printf("outer_value() = %d\n", outer_value ? outer_value() : -1);
	printf("inner loaded: %d\n", loaded("libinner.so"));
	dlclose(h);
	printf("after dlclose: events %d (4 outer dtor, 3 inner dtor)\n", events);
	printf("inner loaded: %d, outer loaded: %d\n", loaded("libinner.so"),
	       loaded("libouter.so"));
	return 0;
}
