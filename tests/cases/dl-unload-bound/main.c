/*
 * The README's unloading rule: an object loaded by dlopen stays while an
 * open object is bound to it by symbols.  Closing libprov.so's only
 * handle leaves it loaded (libuser.so's binding reaches it) and
 * finalizes nothing; so does closing libprov2.so's, whose binding by the
 * same object comes second.  Closing libuser.so then unloads all three,
 * libuser.so finalized first.
 */
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <string.h>

static int count(struct dl_phdr_info *info, size_t size, void *data)
{
	const char *name = ((const char **)data)[0];
	(void)size;
	if (info->dlpi_name && strstr(info->dlpi_name, name))
		((const char **)data)[1]++;
	return 0;
}

/* How many loaded objects have name in their path (0 or 1). */
static int loaded(const char *name)
{
	const char *data[2] = { name, 0 };

	dl_iterate_phdr(count, data);
	return (int)(data[1] - (const char *)0);
}

int main(void)
{
	void *prov = dlopen("libprov.so", RTLD_NOW | RTLD_GLOBAL);
	void *prov2 = prov ? dlopen("libprov2.so", RTLD_NOW | RTLD_GLOBAL) : 0;
	void *user = prov2 ? dlopen("libuser.so", RTLD_NOW) : 0;
	int (*user_value)(void);

	if (!user) {
		printf("dlopen: %s\n", dlerror());
		return 1;
	}
	user_value = (int (*)(void))dlsym(user, "user_value");
	dlclose(prov);
	dlclose(prov2);
	printf("after dlclose(prov, prov2): loaded %d %d, user calls %d\n",
	       loaded("libprov.so"), loaded("libprov2.so"), user_value());
	dlclose(user);
	printf("after dlclose(user): prov loaded %d %d, user loaded %d\n",
	       loaded("libprov.so"), loaded("libprov2.so"), loaded("libuser.so"));
	return 0;
}
