/*
 * TLS generations: liba.so's block is dirtied and liba.so closed; libb.so,
 * opened next, gets the same module id and must see a fresh block of its
 * own (its image, zeroed .tbss), not liba.so's stale one; liba.so opened
 * again gets a fresh block too.
 */
#include <dlfcn.h>
#include <stdio.h>

struct lib {
	void *h;
	size_t id;
	int (*read)(void), (*zero)(void);
	void (*write)(int);
};

static int open_lib(struct lib *l, const char *name)
{
	l->h = dlopen(name, RTLD_NOW);
	if (!l->h || dlinfo(l->h, RTLD_DI_TLS_MODID, &l->id)) {
		printf("%s: %s\n", name, dlerror());
		return -1;
	}
	l->read = (int (*)(void))dlsym(l->h, "tls_read");
	l->zero = (int (*)(void))dlsym(l->h, "tls_zero");
	l->write = (void (*)(int))dlsym(l->h, "tls_write");
	return 0;
}

int main(void)
{
	struct lib a, b, a2;
	int first;

	if (open_lib(&a, "liba.so"))
		return 1;
	first = a.read();
	a.write(100);
	printf("liba: first read %d, after write %d %d\n", first, a.read(), a.zero());
	dlclose(a.h);

	if (open_lib(&b, "libb.so"))
		return 1;
	printf("libb: same module id %d, first read %d, .tbss %d\n",
	       b.id == a.id, b.read(), b.zero());
	b.write(200);
	dlclose(b.h);

	if (open_lib(&a2, "liba.so"))
		return 1;
	printf("liba again: same module id %d, first read %d, .tbss %d\n",
	       a2.id == a.id, a2.read(), a2.zero());
	dlclose(a2.h);
	return 0;
}
