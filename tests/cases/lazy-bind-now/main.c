/*
 * Says what its GOT header holds, calls now_a, now_b and now_c of
 * libnow.so (now_a twice), then, with "lazy" or "now", dlopens
 * libopened.so with RTLD_LAZY or RTLD_NOW and calls it.
 */
#include <dlfcn.h>
#include <link.h>
#include <stdio.h>
#include <string.h>

int now_a(int), now_b(int), now_c(int);

/*
 * The lazy-binding header is at DT_PLTGOT, not always where ld puts
 * _GLOBAL_OFFSET_TABLE_ (aarch64: the start of .got; riscv64: after the
 * header), so it is found through the program's dynamic section, whose
 * link-time addresses the loader leaves as they are (as glibc's does on
 * riscv64, unlike on x86).
 * Which of its words the loader fills is the CPU's PLT0 contract (the
 * build passes it, as ARCH_PLT_GOT_OBJECT and _TRAMPOLINE in
 * arch/<arch>/arch.h say): x86 and aarch64 GOT[1] the object and GOT[2]
 * the trampoline, riscv64 GOT[1] and GOT[0].  GOT_LINKED is what GNU ld
 * leaves in the trampoline's word: 0, riscv64 -1.
 */
static void **plt_got(const struct link_map *map)
{
	for (const ElfW(Dyn) *d = map->l_ld; d->d_tag != 0; d++)
		if (d->d_tag == 3)	/* DT_PLTGOT */
			return (void **)(map->l_addr + d->d_val);
	return 0;
}

/* Bound lazily: the object word is our link_map, the trampoline's word
 * code of ld.so; else both as the static linker left them. */
static void got_header(void)
{
	void *self = dlopen(0, RTLD_LAZY);
	struct link_map *map = 0;
	void **got;
	Dl_info info;
	size_t n;

	dlinfo(self, RTLD_DI_LINKMAP, &map);
	if (!map || !(got = plt_got(map))) {
		printf("GOT header: no DT_PLTGOT\n");
		return;
	}
	if (!got[GOT_OBJECT] && got[GOT_TRAMPOLINE] == (void *)GOT_LINKED) {
		printf("GOT header: empty\n");
		return;
	}
	n = dladdr(got[GOT_TRAMPOLINE], &info) ? strlen(info.dli_fname) : 0;
	printf("GOT header: %s, %s\n", got[GOT_OBJECT] == map ? "our link_map" : "something else",
	       n >= 5 && !strcmp(info.dli_fname + n - 5, "ld.so") ? "in ld.so" : "elsewhere");
}

int main(int argc, char **argv)
{
	got_header();
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
