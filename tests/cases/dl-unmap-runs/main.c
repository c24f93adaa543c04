/*
 * One collection unloads two objects whose mappings do not touch, with a
 * mapping of the program's between them: dlclose gives the objects'
 * mappings back in runs of mappings that touch (dlfcn.c), and must leave
 * the program's in place.  liba is opened, a sentinel mapping is placed
 * right below it and right above it (where free), then libb, which needs
 * liba, lands beyond one of them (mmap fills the address space top down,
 * under qemu bottom up).  dlclose(a) unloads nothing (b needs a);
 * dlclose(b) unloads both at once.  A sentinel given back with them would
 * fault when it is read again.
 */
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#define SENTINEL (64 * 1024)
#define PAGE 4096
#define PT_LOAD 1	/* not in our crt's link.h */

static char *sentinel(char *want)
{
	char *p = mmap(want, SENTINEL, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);

	if (p == MAP_FAILED)
		return 0;
	if (p != want) {	/* a kernel that ignores the flag */
		munmap(p, SENTINEL);
		return 0;
	}
	memset(p, 0x5a, SENTINEL);
	return p;
}

static int intact(const char *p)
{
	for (size_t i = 0; p && i < SENTINEL; i++)
		if (p[i] != 0x5a)
			return 0;
	return 1;
}

/* The end of liba's mapped span. */
static int find_end(struct dl_phdr_info *info, size_t size, void *data)
{
	unsigned long *end = data;

	(void)size;
	if (!strstr(info->dlpi_name, "liba.so"))
		return 0;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		unsigned long e = info->dlpi_addr + ph->p_vaddr + ph->p_memsz;
		if (ph->p_type == PT_LOAD && e > *end)
			*end = e;
	}
	return 1;
}

int main(void)
{
	void *a = dlopen("liba.so", RTLD_NOW), *b;
	unsigned long end = 0;
	char *below, *above;
	int (*value)(void);
	Dl_info info;
	int v;

	if (!a || !dladdr(dlsym(a, "a_value"), &info)) {
		printf("liba: %s\n", dlerror());
		return 1;
	}
	dl_iterate_phdr(find_end, &end);
	end = (end + PAGE - 1) & -(unsigned long)PAGE;
	below = sentinel((char *)info.dli_fbase - SENTINEL);
	above = end ? sentinel((char *)end) : 0;
	b = dlopen("libb.so", RTLD_NOW);
	value = b ? (int (*)(void))dlsym(b, "b_value") : 0;
	if (!value) {
		printf("libb: %s\n", dlerror());
		return 1;
	}
	v = value();
	if (dlclose(a) != 0 || dlclose(b) != 0) {
		printf("dlclose: %s\n", dlerror());
		return 1;
	}
	printf("b_value: %d\n", v);
	printf("a sentinel placed: %s\n", below || above ? "yes" : "no");
	printf("sentinels after dlclose: %s\n",
	       intact(below) && intact(above) ? "intact" : "changed");
	printf("liba unloaded: %s\n",
	       dlopen("liba.so", RTLD_NOLOAD) ? "no" : "yes");
	return 0;
}
