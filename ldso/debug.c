/*
 * The debugger interface (gdb's solib-svr4 protocol).  _r_debug.r_map is
 * the head of the load-order list, whose dso structs begin with the public
 * link_map fields; r_brk is _dl_debug_state, an out-of-line function that
 * gdb breaks on.  Around every change of the list: set RT_ADD (or
 * RT_DELETE), call it, change the list, set RT_CONSISTENT, call it again.
 * The executable's DT_DEBUG points at _r_debug, so gdb finds it.
 */
#include "ldso.h"

enum { RT_CONSISTENT, RT_ADD, RT_DELETE };

struct r_debug {
	int r_version;
	struct dso *r_map;
	Elf_Addr r_brk;
	int r_state;
	Elf_Addr r_ldbase;
};

LDSO_EXPORT struct r_debug _r_debug;

LDSO_EXPORT __attribute__((noinline)) void _dl_debug_state(void)
{
	/* An empty body the compiler must keep: gdb's breakpoint goes here. */
	__asm__ volatile ("" ::: "memory");
}

void ldso_debug_add_begin(void)
{
	_r_debug.r_version = 1;
	_r_debug.r_map = ldso.head;
	_r_debug.r_brk = (Elf_Addr)&_dl_debug_state;
	_r_debug.r_ldbase = ldso.loader->base;
	_r_debug.r_state = RT_ADD;
	_dl_debug_state();
}

void ldso_debug_delete_begin(void)
{
	_r_debug.r_state = RT_DELETE;
	_dl_debug_state();
}

void ldso_debug_consistent(void)
{
	_r_debug.r_map = ldso.head;
	_r_debug.r_state = RT_CONSISTENT;
	_dl_debug_state();
}

/* Called before RELRO protection: .dynamic may be inside it. */
void ldso_debug_set_dt_debug(struct dso *main)
{
	for (size_t i = 0; i < main->dynamic_count; i++) {
		Elf_Dyn *e = &main->dynamic[i];
		if (e->d_tag == DT_NULL)
			return;
		if (e->d_tag == DT_DEBUG &&
		    ldso_in_writable(main, (Elf_Addr)&e->d_val - main->base,
				     sizeof(e->d_val)))
			e->d_val = (Elf_Addr)&_r_debug;
	}
}
