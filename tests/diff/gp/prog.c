/*
 * riscv64: a non-PIE program whose start file does not set gp, relaxed
 * against __global_pointer$.  Its IFUNC resolver, and its function a
 * library's constructor calls, run before _start, so gp must come from
 * the loader (glibc's sets it from the program's __global_pointer$ before
 * relocating the program); main's gp-relative reads need it too.  The checks themselves read the
 * symbol's address PC-relatively, never through gp.
 */
#include "free.h"

int lib_ctor_saw_gp(void);

static unsigned long gp_register(void)
{
	unsigned long v;

	__asm__ volatile ("mv %0, gp" : "=r"(v));
	return v;
}

static unsigned long global_pointer(void)
{
	unsigned long v;

	__asm__ volatile (".option push\n.option norelax\n"
			  "lla %0, __global_pointer$\n.option pop" : "=r"(v));
	return v;
}

static int gp_right(void)
{
	return 1;
}

static int gp_wrong(void)
{
	return 0;
}

/* Chosen by what gp holds when the loader runs the resolver. */
static void *resolve_gp_in_resolver(void)
{
	return gp_register() == global_pointer() ? (void *)gp_right : (void *)gp_wrong;
}

int gp_in_resolver(void) __attribute__((ifunc("resolve_gp_in_resolver")));

/* Called by the library's constructor. */
int program_gp_right(void)
{
	return gp_register() == global_pointer();
}

/* Small data, reached through gp once relaxed. */
int counter = 7;

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	put_bool("gp in the IFUNC resolver", gp_in_resolver());
	put_bool("gp in a library's constructor", lib_ctor_saw_gp() == 1);
	put_bool("gp at main", gp_register() == global_pointer());
	put_num("counter through gp", (unsigned long)counter);
	return 0;
}
