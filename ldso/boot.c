/*
 * Stages 3 to 9: everything after the thread pointer and the canary
 * exist.  This file is built with the stack protector like the rest of
 * the loader.  ldso_main is a flat list of named steps; the entry code
 * calls it after stage 2 and it ends by jumping to the program.
 */
#include "ldso.h"

extern const Elf_Ehdr __ehdr_start __attribute__((visibility("hidden")));

/*
 * The kernel's page size, which every mapping, protection and segment
 * alignment from here on is made in: an aarch64 kernel may run 4, 16 or
 * 64 KiB pages.  ARCH_PAGE_SIZE, the CPU's smallest, when the kernel
 * says nothing believable.
 */
static size_t page_size(uintptr_t at_pagesz)
{
	if (at_pagesz < ARCH_PAGE_SIZE || at_pagesz > (1UL << 24) ||
	    (at_pagesz & (at_pagesz - 1)))
		return ARCH_PAGE_SIZE;
	return at_pagesz;
}

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
	ldso.page_size = page_size(ldso.aux[AT_PAGESZ]);
	arch_use_auxv(ldso.aux);
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
	const char *dir;
	size_t len = ldso_dirname(path, &dir);

	return ldso_strndup(dir, len);
}

/*
 * Run as a command, the kernel started us at our own entry point.  Our
 * ELF header says where that is; no reference to the entry code's symbol
 * is needed, which keeps this file from depending on it.
 */
static bool run_as_command(void)
{
	return ldso.aux[AT_ENTRY] == (Elf_Addr)&__ehdr_start + __ehdr_start.e_entry;
}

static void find_program(uintptr_t **sp)
{
	const char *self;
	bool command = run_as_command();

	if (command) {
		/* A set-uid or file-capability copy of the loader would run
		 * any program and read any file (--list, --audit) with its
		 * privilege; nothing needs that. */
		if (ldso.secure)
			ldso_fail(0, "refusing to run as a command in secure mode "
				  "(set-uid, set-gid or file capabilities)");
		/* Our own file, through any symlink: ./ld.so is one. */
		self = ldso_self_exe_copy();
		if (!self)
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
	ldso.main->name = "";		/* gdb and glibc: the program has no name */
	ldso.loader = ldso_make_loader_dso((Elf_Addr)&__ehdr_start, self);
	ldso_decode_dynamic(ldso.loader);
	ldso.loader_dir = directory_of(self);
	if (ldso_debug & DEBUG_BOOT) {
		ldso_trace("boot: stage 1: the loader relocated itself at %p",
			   (void *)ldso.loader->base);
		ldso_trace("boot: stage 2: early thread pointer installed, canary from %s",
			   ldso.aux[AT_RANDOM] ? "AT_RANDOM" : "getrandom");
	}
	ldso_trace_stage("stage 3", "%s mapped by %s", ldso.main->path,
			 command ? "the loader" : "the kernel");
}

static void load_objects(void)
{
	size_t count = 0;

	ldso_decode_dynamic(ldso.main);
	ldso_append_dso(ldso.main);
	ldso.retiring = true;
	ldso_load_preloads(ldso.preload);
	ldso_load_dependencies(ldso.main);
	ldso.retiring = false;
	ldso_close_retired();
	for (struct dso *d = ldso.head; d; d = d->next) {
		d->global = true;
		count++;
	}
	ldso.loader->global = true;
	ldso_append_dso(ldso.loader);
	ldso_trace_stage("stage 4", "%zu objects loaded (preloads, then DT_NEEDED breadth-first)",
			 count);
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
	if (want) {
		if (ldso_debug & DEBUG_BOOT)
			ldso_trace("boot: PT_GNU_STACK asks for an executable stack");
		long r = ldso_mprotect((void *)ldso_page_down((Elf_Addr)sp),
				       ldso.page_size, PROT_READ | PROT_WRITE |
				       PROT_EXEC | PROT_GROWSDOWN);
		if (r < 0)
			ldso_fail(ldso.main->path, "cannot enable executable stack: mprotect: %s",
				  ldso_strerror(r));
	}
}

/*
 * The program's global pointer (ARCH_GLOBAL_POINTER_SYMBOL: riscv64's
 * gp), set as glibc's loader sets it, for programs whose start file does
 * not, or whose code runs before their start file: IFUNC resolvers and
 * constructors.  Now, and not later: the lookup needs the program's
 * symbol table (stage 4 decoded it), and relocation, next, runs the first
 * code of any object (IFUNC resolvers; a library's may call into the
 * program).  The value is the program's base plus the symbol's, though
 * GNU ld marks the symbol SHN_ABS: it is an address in the program's
 * data (the base is 0 for the non-PIE programs that use it).
 */
static void set_global_pointer(void)
{
	struct symbol_ref ref;

	if (!ARCH_GLOBAL_POINTER_SYMBOL)
		return;
	ref = ldso_lookup_in(ARCH_GLOBAL_POINTER_SYMBOL, 0, &ldso.main, 1);
	if (ref.sym)
		arch_set_global_pointer(ldso.main->base + ref.sym->st_value);
}

LDSO_NORETURN void ldso_main(uintptr_t *sp)
{
	read_process(sp);
	ldso_secure_setup();		/* before anything opens a file */
	ldso_read_environment();
	find_program(&sp);
	if (ldso.report == REPORT_VERIFY)
		ldso_exit(ldso.main->dynamic ? 0 : 1);
	if (!ldso.main->dynamic && (ldso.list_mode || ldso.report))
		ldso_fail(ldso.main->path, "not a dynamic executable");
	if (!ldso.main->dynamic) {
		ldso_trace_stage("stage 9", "static program: jump to its entry %p",
				 (void *)ldso.main->entry_point);
		ldso_enter(sp, ldso.main->entry_point, 0);
	}
	load_objects();
	if (ldso.list_mode || ldso.report)
		ldso_report();		/* --list, --graph, --audit: then exit */
	ldso_debug_add_begin();
	ldso_setup_tls();
	ldso_trace_stage("stage 5", "static TLS laid out, final TCB installed with the same canary");
	set_global_pointer();
	ldso_relocate_all();
	honour_exec_stack(sp);
	ldso_trace_stage("stage 6", "relocated dependencies first, RELRO protected");
	ldso_debug_consistent();
	ldso_trace_stage("stage 7", "debugger told: _r_debug consistent");
	ldso_run_init();
	/* Start-up is over: the symbol table has done its work; first
	 * calls of PLT slots that wait (lazy.c) walk the scope. */
	ldso_symtable_after_start();
	ldso_trace_stage("stage 8", "constructors run, dependencies first");
	ldso_trace_stage("stage 9", "jump to the program's entry %p",
			 (void *)ldso.main->entry_point);
	ldso_enter(sp, ldso.main->entry_point, ldso_fini);
}
