/*
 * Stages 4 to 9: everything after the thread pointer and the canary
 * exist.  This file is built with the stack protector like the rest of
 * the loader.  ldso_main is a flat list of named steps; the entry code
 * calls it after stage 2 and it ends by jumping to the program.
 */
#include "ldso.h"

struct ldso_state ldso;

extern const Elf_Ehdr __ehdr_start __attribute__((visibility("hidden")));
extern char _dlstart[] __attribute__((visibility("hidden")));

static void read_process(uintptr_t *sp)
{
	uintptr_t *p;

	ldso.argc = (int)sp[0];
	ldso.argv = (char **)(sp + 1);
	ldso.envp = ldso.argv + ldso.argc + 1;
	for (p = (uintptr_t *)ldso.envp; *p; p++)
		;
	ldso.auxv = p + 1;
	for (p = ldso.auxv; p[0] != AT_NULL; p += 2)
		if (p[0] < AUX_COUNT)
			ldso.aux[p[0]] = p[1];
}

static const char *env_value(const char *entry, const char *name)
{
	size_t n = ldso_strlen(name);

	if (ldso_strncmp(entry, name, n) || entry[n] != '=')
		return 0;
	return entry + n + 1;
}

/*
 * Secure mode (set-uid and the like): the kernel says so in AT_SECURE.
 * Without the uid/gid entries we cannot tell, so we assume it.
 */
static void read_environment(void)
{
	const uintptr_t *a = ldso.aux;

	ldso.secure = a[AT_SECURE] || a[AT_UID] != a[AT_EUID] ||
		      a[AT_GID] != a[AT_EGID];
	for (char **e = ldso.envp; *e; e++) {
		const char *v;
		if ((v = env_value(*e, "LD_LIBRARY_PATH")))
			ldso.library_path = v;
		else if ((v = env_value(*e, "LD_PRELOAD")))
			ldso.preload = v;
	}
	if (ldso.secure)
		ldso.library_path = 0;
}

static const char *interp_of(const struct dso *main)
{
	for (size_t i = 0; i < main->phnum; i++)
		if (main->phdr[i].p_type == PT_INTERP)
			return (const char *)(main->base + main->phdr[i].p_vaddr);
	return 0;
}

static const char *directory_of(const char *path)
{
	size_t len = 0;

	for (size_t i = 0; path[i]; i++)
		if (path[i] == '/')
			len = i;
	if (len == 0)
		return path[0] == '/' ? "/" : ".";
	return ldso_strndup(path, len);
}

static bool run_as_command(void)
{
	return ldso.aux[AT_ENTRY] == (Elf_Addr)_dlstart;
}

static void find_program(uintptr_t **sp)
{
	const char *self;

	if (run_as_command()) {
		self = ldso.argv[0];
		*sp = ldso_command_mode(*sp, &ldso.argc);
		ldso.argv = (char **)(*sp + 1);
		ldso.envp = ldso.argv + ldso.argc + 1;
		ldso.auxv = (uintptr_t *)ldso.envp;
		while (*ldso.auxv)
			ldso.auxv++;
		ldso.auxv++;
	} else {
		ldso.main = ldso_map_kernel_main();
		self = interp_of(ldso.main);
		if (!self)
			self = "ld.so";
	}
	ldso.main->is_main = true;
	ldso.loader = ldso_make_loader_dso((Elf_Addr)&__ehdr_start, self);
	ldso_decode_dynamic(ldso.loader);
	ldso.loader_dir = directory_of(self);
}

static void load_objects(void)
{
	ldso_decode_dynamic(ldso.main);
	ldso_append_dso(ldso.main);
	ldso_load_preloads(ldso.preload);
	ldso_load_dependencies(ldso.main);
	for (struct dso *d = ldso.head; d; d = d->next)
		d->global = true;
	ldso.loader->global = true;
	ldso_append_dso(ldso.loader);
}

/*
 * PT_GNU_STACK with PF_X in any object: the kernel only looked at the
 * program the user ran (the loader itself, when run as a command), so
 * make the stack executable here, as glibc does.
 */
static void honour_exec_stack(uintptr_t *sp)
{
	bool want = false;

	for (struct dso *d = ldso.head; d; d = d->next)
		if (d->exec_stack && !d->is_loader)
			want = true;
	if (want)
		ldso_mprotect((void *)ldso_page_down((Elf_Addr)sp), ARCH_PAGE_SIZE,
			      PROT_READ | PROT_WRITE | PROT_EXEC | PROT_GROWSDOWN);
}

LDSO_NORETURN void ldso_main(uintptr_t *sp)
{
	ldso.canary = ldso_early_tcb.canary;
	read_process(sp);
	read_environment();
	find_program(&sp);
	if (!ldso.main->dynamic)
		ldso_enter(sp, ldso.main->entry_point, 0);
	load_objects();
	ldso_debug_add_begin();
	ldso_setup_tls();
	ldso_relocate_all();
	honour_exec_stack(sp);
	ldso_debug_consistent();
	ldso_run_init();
	ldso_enter(sp, ldso.main->entry_point, ldso_fini);
}
