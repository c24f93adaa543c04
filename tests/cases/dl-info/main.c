/*
 * dlinfo: RTLD_DI_LINKMAP gives the object's link_map (its l_name is the
 * path, l_addr its load bias, and it is on the l_next chain from the
 * program's link map); RTLD_DI_ORIGIN gives the directory it came from.
 * An unknown request fails with dlerror set.
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <link.h>
#include <stdio.h>
#include <string.h>

static ElfW(Addr) bias;

static int find(struct dl_phdr_info *info, size_t size, void *data)
{
	(void)size, (void)data;
	if (strstr(info->dlpi_name, "libinfo.so"))
		bias = info->dlpi_addr;
	return 0;
}

int main(void)
{
	void *h = dlopen("./sub/libinfo.so", RTLD_NOW);
	struct link_map *lm = 0, *main_lm = 0, *p;
	char origin[4096] = "", path[4200];
	int on_chain = 0, fd, r;

	if (!h) {
		printf("%s\n", dlerror());
		return 1;
	}
	dl_iterate_phdr(find, 0);
	printf("LINKMAP: %d\n", dlinfo(h, RTLD_DI_LINKMAP, &lm));
	printf("l_name ends with sub/libinfo.so: %d\n", lm &&
	       strlen(lm->l_name) >= 14 &&
	       !strcmp(lm->l_name + strlen(lm->l_name) - 14, "sub/libinfo.so"));
	printf("l_addr is the load bias: %d\n", lm && lm->l_addr == bias);
	dlinfo(dlopen(0, RTLD_NOW), RTLD_DI_LINKMAP, &main_lm);
	for (p = main_lm; p; p = p->l_next)
		on_chain |= p == lm;
	printf("on the chain from the program: %d\n", on_chain);
	printf("ORIGIN: %d\n", dlinfo(h, RTLD_DI_ORIGIN, origin));
	/* glibc's origin is absolute even when l_name is relative: compare
	 * directories by opening the library through the origin. */
	snprintf(path, sizeof path, "%s/libinfo.so", origin);
	fd = open(path, O_RDONLY);
	printf("origin/libinfo.so opens: %d, origin ends in /sub: %d\n", fd >= 0,
	       strlen(origin) >= 4 && !strcmp(origin + strlen(origin) - 4, "/sub"));
	r = dlinfo(h, 12345, origin);
	printf("bad request: %d, dlerror set: %d\n", r, dlerror() != 0);
	return 0;
}
