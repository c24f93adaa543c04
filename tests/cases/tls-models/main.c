/*
 * Every TLS access model, from the executable, a DT_NEEDED library and
 * dlopen'ed libraries: each accessor of a module's variables must give
 * the same addresses, the initial images must be there, .tbss zero, and
 * the aligned(64) variables aligned.  dlsym of a TLS symbol gives the
 * same address too.
 */
#include <dlfcn.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "tlsvars.h"

typedef void *accessor(int which);

#define DECL(p, m, w) accessor p##_##m##_in_##w;
DECL(exe, le, exe) DECL(exe, ie, exe) DECL(exe, ld, exe) DECL(exe, gd, exe)
DECL(exe, desc, exe) DECL(need, ie, exe) DECL(need, gd, exe)
DECL(need, desc, exe) DECL(need, gd, need) DECL(need, ld, need)
DECL(need, ie, need) DECL(need, desc, need) DECL(exe, gd, need)
DECL(exe, ie, need) DECL(exe, desc, need)

struct acc {
	const char *module, *name;
	accessor *fn;
	int local;	/* compiled into the module that defines the variables */
};

static int failures;

static void fail(const char *what, const char *name)
{
	printf("FAIL %s: %s\n", name, what);
	failures++;
}

/* The variables of one module, through its first accessor. */
static void check_images(const struct acc *ref, void *handle)
{
	char sym[32], want[32];
	int *data = ref->fn(0), *bss = ref->fn(1), *aligned = ref->fn(3);
	char *str = ref->fn(2), *abss = ref->fn(4);

	if (*data != DATA_INIT)
		fail("data image", ref->module);
	if (*bss != 0)
		fail(".tbss not zero", ref->module);
	snprintf(want, sizeof want, "image of %s", ref->module);
	if (strcmp(str, want) != 0)
		fail("string image", ref->module);
	if (*aligned != ALIGNED_INIT)
		fail("aligned image", ref->module);
	if ((uintptr_t)aligned % 64 || (uintptr_t)abss % 64)
		fail("not aligned to 64", ref->module);
	for (int i = 0; i < 100; i++)
		if (abss[i])
			fail("aligned .tbss not zero", ref->module);
	snprintf(sym, sizeof sym, "%s_data", ref->module);
	if (dlsym(handle, sym) != data)
		fail("dlsym of the TLS variable differs", ref->module);
	printf("%s: images, .tbss, alignment ok\n", ref->module);
}

static void check_accessor(const struct acc *ref, const struct acc *a)
{
	for (int w = 0; w < 5; w++)
		if (a->fn(w) != ref->fn(w))
			fail("address differs", a->name);
	if (a->local) {
		int *hidden = a->fn(5), *tu = a->fn(6);
		if (*hidden != HIDDEN_INIT || *tu != TU_STATIC_INIT)
			fail("hidden or file-static image", a->name);
		++*tu;
		if (*(int *)a->fn(6) != TU_STATIC_INIT + 1)
			fail("file-static write", a->name);
	}
	printf("%s: same addresses\n", a->name);
}

static void check_module(const struct acc *list, int n, void *handle)
{
	check_images(&list[0], handle);
	/* A write through one model is seen through the others. */
	++*(int *)list[n - 1].fn(0);
	if (*(int *)list[0].fn(0) != DATA_INIT + 1)
		fail("write not seen", list[0].name);
	--*(int *)list[0].fn(0);
	for (int i = 0; i < n; i++)
		check_accessor(&list[0], &list[i]);
}

#define A(p, m, w, l) { #p, #p " " #m " in " #w, p##_##m##_in_##w, l }

static void *open_lib(const char *name)
{
	void *h = dlopen(name, RTLD_NOW);

	if (!h)
		printf("FAIL dlopen %s: %s\n", name, dlerror());
	return h;
}

/* Accessors in a dlopen'ed library, by name. */
static int add(struct acc *list, int n, void *h, const char *module,
	       const char *model, const char *where, int local)
{
	static char names[32][40];
	char sym[40];

	snprintf(sym, sizeof sym, "%s_%s_in_%s", module, model, where);
	snprintf(names[n], sizeof names[n], "%s %s in %s", module, model, where);
	list[n].module = module;
	list[n].name = names[n];
	list[n].fn = (accessor *)dlsym(h, sym);
	list[n].local = local;
	if (!list[n].fn) {
		printf("FAIL dlsym %s\n", sym);
		return n;
	}
	return n + 1;
}

static int modid_of_exe = -1;

static int find_exe(struct dl_phdr_info *info, size_t size, void *data)
{
	(void)size, (void)data;
	if (info->dlpi_name[0] == 0)
		modid_of_exe = (int)info->dlpi_tls_modid;
	return 0;
}

int main(void)
{
	struct acc exe[] = {
		A(exe, le, exe, 1), A(exe, ie, exe, 1), A(exe, ld, exe, 1),
		A(exe, gd, exe, 1), A(exe, desc, exe, 1), A(exe, gd, need, 0),
		A(exe, ie, need, 0), A(exe, desc, need, 0),
	};
	struct acc need[] = {
		A(need, gd, need, 1), A(need, ld, need, 1), A(need, ie, need, 1),
		A(need, desc, need, 1), A(need, ie, exe, 0), A(need, gd, exe, 0),
		A(need, desc, exe, 0),
	};
	struct acc dyn[8], dynie[4];
	int n;
	void *h_dyn, *h_dynie, *self = dlopen(0, RTLD_NOW);

	dl_iterate_phdr(find_exe, 0);
	printf("exe TLS module id %d\n", modid_of_exe);
	check_module(exe, 8, self);
	check_module(need, 7, self);

	h_dyn = open_lib("libdyn.so");
	h_dynie = open_lib("libdynie.so");
	if (!h_dyn || !h_dynie)
		return 1;
	n = add(dyn, 0, h_dyn, "dyn", "gd", "dyn", 1);
	n = add(dyn, n, h_dyn, "dyn", "ld", "dyn", 1);
	n = add(dyn, n, h_dyn, "dyn", "desc", "dyn", 1);
	check_module(dyn, n, h_dyn);
	n = 0;
	n = add(dynie, n, h_dynie, "dynie", "ie", "dynie", 1);
	n = add(dynie, n, h_dynie, "dynie", "gd", "dynie", 1);
	n = add(dynie, n, h_dynie, "dynie", "desc", "dynie", 1);
	check_module(dynie, n, h_dynie);

	/* A dlopen'ed library reaching the others' variables. */
	n = 0;
	n = add(dyn, n, h_dyn, "need", "gd", "dyn", 0);
	n = add(dyn, n, h_dyn, "need", "desc", "dyn", 0);
	for (int i = 0; i < n; i++)
		check_accessor(&need[0], &dyn[i]);
	n = 0;
	n = add(dyn, n, h_dyn, "exe", "gd", "dyn", 0);
	n = add(dyn, n, h_dyn, "exe", "desc", "dyn", 0);
	for (int i = 0; i < n; i++)
		check_accessor(&exe[0], &dyn[i]);

	printf("%d failures\n", failures);
	return failures != 0;
}
