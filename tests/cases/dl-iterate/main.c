/*
 * dl_iterate_phdr: every object, the program first (name ""), the loader
 * included; one more after a dlopen and one fewer after its dlclose, with
 * dlpi_adds and dlpi_subs counting up; the size argument covers the TLS
 * fields; a dlopen'ed TLS module has a module id, and dlpi_tls_data is
 * its block once this thread touched it.
 */
#include <dlfcn.h>
#include <link.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

struct walk {
	int count, first_is_program, loader_seen, size_ok;
	unsigned long long adds, subs;
	size_t iter_modid;
	void *iter_tls;
	int phdr_ok;
};

static int visit(struct dl_phdr_info *info, size_t size, void *data)
{
	struct walk *w = data;

	if (w->count == 0)
		w->first_is_program = info->dlpi_name[0] == 0;
	if (strstr(info->dlpi_name, "ld.so"))
		w->loader_seen = 1;
	if (strstr(info->dlpi_name, "libiter.so")) {
		w->iter_modid = info->dlpi_tls_modid;
		w->iter_tls = info->dlpi_tls_data;
	}
	w->size_ok = size >= offsetof(struct dl_phdr_info, dlpi_tls_data) + sizeof(void *);
	w->adds = info->dlpi_adds;
	w->subs = info->dlpi_subs;
	if (info->dlpi_phnum == 0 || !info->dlpi_phdr)
		w->phdr_ok = 0;
	w->count++;
	return 0;
}

static struct walk walk(void)
{
	struct walk w = { 0 };

	w.phdr_ok = 1;
	dl_iterate_phdr(visit, &w);
	return w;
}

static int stop_at_two(struct dl_phdr_info *info, size_t size, void *data)
{
	(void)info, (void)size;
	return ++*(int *)data == 2 ? 99 : 0;
}

int main(void)
{
	struct walk before = walk(), open, touched, after;
	void *h = dlopen("libiter.so", RTLD_NOW);
	int *(*addr)(void) = h ? (int *(*)(void))dlsym(h, "iter_tls_addr") : 0;
	int seen = 0, r, *block;

	if (!addr)
		return 1;
	open = walk();
	block = addr();
	touched = walk();
	dlclose(h);
	after = walk();
	printf("program first: %d, loader listed: %d, size covers TLS fields: %d, phdrs: %d\n",
	       before.first_is_program, before.loader_seen, before.size_ok,
	       before.phdr_ok);
	printf("objects: +1 after dlopen %d, back after dlclose %d\n",
	       open.count == before.count + 1, after.count == before.count);
	printf("adds: up on dlopen %d; subs: same on dlopen %d, up on dlclose %d\n",
	       open.adds > before.adds, open.subs == before.subs,
	       after.subs > open.subs);
	printf("TLS module id set: %d, block before first access: %s, after: %s\n",
	       open.iter_modid != 0, open.iter_tls ? "set" : "NULL",
	       touched.iter_tls == block ? "this thread's block" : "wrong");
	r = dl_iterate_phdr(stop_at_two, &seen);
	printf("callback's non-zero return stops the walk: %d (visited %d)\n", r, seen);
	return 0;
}
