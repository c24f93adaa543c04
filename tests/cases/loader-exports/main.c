/* Linked against ld.so: _r_debug comes from the running loader, whose r_map lists each object once. */
#include <stdio.h>
#include <string.h>
struct link_map {
	unsigned long l_addr;
	char *l_name;
	void *l_ld;
	struct link_map *l_next, *l_prev;
};
struct r_debug {
	int r_version;
	struct link_map *r_map;
	unsigned long r_brk;
	int r_state;
	unsigned long r_ldbase;
};
/* main.c is built -fPIC: a copy relocation would freeze _r_debug as it was
 * when the program was relocated (glibc's loader has the same problem). */
extern struct r_debug _r_debug;
void _dl_debug_state(void);
extern struct { long tag; unsigned long val; } _DYNAMIC[];

/* Where DT_DEBUG (21) points: how a debugger finds _r_debug. */
static void *dt_debug(void)
{
	for (int i = 0; _DYNAMIC[i].tag; i++)
		if (_DYNAMIC[i].tag == 21)
			return (void *)_DYNAMIC[i].val;
	return 0;
}
int lib_a(void), lib_b(void);

int main(void)
{
	struct link_map *prev = 0;
	int loaders = 0;

	printf("version=%d state=%d libs=%d\n", _r_debug.r_version, _r_debug.r_state, lib_a() + lib_b());
	printf("DT_DEBUG=&_r_debug: %d, r_brk=_dl_debug_state: %d\n", dt_debug() == &_r_debug,
	       _r_debug.r_brk == (unsigned long)_dl_debug_state);
	for (struct link_map *m = _r_debug.r_map; m; prev = m, m = m->l_next) {
		const char *base = strrchr(m->l_name, '/');
		base = base ? base + 1 : m->l_name;
		printf("[%s]%s\n", base, m->l_prev == prev ? "" : " (bad l_prev)");
		if (!strcmp(base, "ld.so")) {
			loaders++;
			/* The loader's entry is the running one: r_ldbase is its base. */
			printf("  base is r_ldbase: %d\n", m->l_addr == _r_debug.r_ldbase);
		}
	}
	printf("loaders=%d\n", loaders);
	return 0;
}
