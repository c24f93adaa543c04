/*
 * The dl API, exported by the loader itself: dlopen, dlsym, dlclose,
 * dlerror, dladdr, dl_iterate_phdr, dlinfo.  Programs link against
 * build/<arch>/ld.so (ldso-cc's -ldl) to call them.
 *
 * A failing dlopen leaves the process as it was: while it works,
 * ldso_fail records the message for dlerror and jumps back here, and the
 * objects this dlopen mapped are unmapped and forgotten.
 *
 * Unloading rule.  An object loaded by dlopen stays while any of these
 * reaches it, through DT_NEEDED edges or through symbol bindings (an
 * object whose relocation bound a symbol to it, see note_binding in
 * reloc.c): an object loaded at start-up, a NODELETE object, or an object
 * with an open dlopen handle.  When dlclose drops the last handle, every
 * object no longer reached is finalized (destructors, in reverse init
 * order) and unmapped.  glibc unloads by the same rule; musl never does.
 *
 * Every entry point takes the loader's lock (objects.c), so threads may
 * call it and constructors may call dlopen.
 */
#include "ldso.h"

#define RTLD_LAZY 1
#define RTLD_NOW 2
#define RTLD_NOLOAD 4
#define RTLD_GLOBAL 0x100
#define RTLD_NODELETE 0x1000
#define RTLD_NEXT ((void *)-1)
#define RTLD_DI_LINKMAP 2
#define RTLD_DI_ORIGIN 6
#define RTLD_DI_TLS_MODID 9
#define RTLD_DI_TLS_DATA 10

static char error_copy[sizeof(ldso.dl_error)];
static bool collecting, collect_again;

static void set_error(const char *file, const char *what)
{
	size_t n = 0;

	for (; file && *file && n < sizeof(ldso.dl_error) - 3; file++)
		ldso.dl_error[n++] = *file;
	if (n) {
		ldso.dl_error[n++] = ':';
		ldso.dl_error[n++] = ' ';
	}
	for (; *what && n < sizeof(ldso.dl_error) - 1; what++)
		ldso.dl_error[n++] = *what;
	ldso.dl_error[n] = 0;
	ldso.dl_error_set = true;
}

/* d and its dependencies, breadth-first, each once: a handle's scope. */
static void build_scope(struct dso *root)
{
	size_t n = 0, cap = 8;
	struct dso **list = ldso_alloc(cap * sizeof(*list));

	for (struct dso *d = ldso.head; d; d = d->next)
		d->unload_mark = false;
	list[n++] = root;
	root->unload_mark = true;
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < list[i]->ndeps; k++) {
			struct dso *dep = list[i]->deps[k];
			if (dep->unload_mark)
				continue;
			if (n == cap) {
				struct dso **m = ldso_alloc(2 * cap * sizeof(*m));
				memcpy(m, list, cap * sizeof(*m));
				ldso_free(list);
				list = m;
				cap *= 2;
			}
			dep->unload_mark = true;
			list[n++] = dep;
		}
	}
	ldso_free(root->local_scope);
	ldso_symtable_free(root->local_table);
	root->local_table = 0;
	root->local_scope = list;
	root->local_count = n;
	/* Lookups of the group try the list after the global scope: one
	 * probe of a table instead of a walk, when it pays (symtable.c).
	 * The root owns the table from its first allocation, so a failure
	 * while it is built (no memory) leaves nothing unowned. */
	ldso_symtable_for_list(&root->local_table, list, n);
}

static void free_dso(struct dso *d)
{
	struct tlsdesc_arg *a = d->tlsdesc_args, *next;

	for (; a; a = next) {
		next = a->next;
		ldso_free(a);
	}
	ldso_tls_remove_module(d);
	ldso_unmap_object(d);
	ldso_free(d->version_names);
	ldso_free(d->deps);
	ldso_free(d->reldeps);
	ldso_free(d->local_scope);
	ldso_symtable_free(d->local_table);
	if (d->needed_name != d->path)
		ldso_free((void *)d->needed_name);
	ldso_free((void *)d->path);
	ldso_free((void *)d->real_path);
	ldso_free(d);
}

/* A failed dlopen: forget every object mapped after old_tail. */
static void undo_load(struct dso *old_tail)
{
	while (ldso.tail != old_tail) {
		struct dso *d = ldso.tail;
		if (d->global)
			ldso_symtable_drop();	/* it may hold d's symbols */
		ldso_unlink_dso(d);
		if (d->local_scope && d->local_scope[0] != d) {
			d->local_scope = 0;	/* shared with the root */
			d->local_table = 0;
		}
		free_dso(d);
	}
}

/*
 * Does d's code reach its TLS at a fixed offset from tp (initial-exec),
 * so that it needs a block in the static surplus?  DF_STATIC_TLS says so,
 * but aarch64's GNU ld never sets it: a TPREL relocation says the same.
 */
static bool tpoff_in(const Elf_Reloc *r, size_t size)
{
	for (size_t n = size / sizeof(*r); n; n--, r++) {
		enum reloc_kind k = arch_reloc_kind(ARCH_R_TYPE(r->r_info));
		if (k == REL_TPOFF || k == REL_TPOFF32 || k == REL_TPOFF_NEG)
			return true;
	}
	return false;
}

static bool needs_static_tls(const struct dso *d)
{
	return d->static_tls || (d->tls_memsz && (tpoff_in(d->rel, d->relsz) ||
						  tpoff_in(d->jmprel, d->jmprelsz)));
}

static void mark_new_objects(struct dso *first, struct dso *root, int flags)
{
	build_scope(root);
	ldso.dlopened_any = true;
	for (struct dso *d = first; d; d = d->next) {
		d->dlopened = true;
		d->global = (flags & RTLD_GLOBAL) != 0;
		if (d != root) {
			d->local_scope = root->local_scope;
			d->local_count = root->local_count;
			d->local_table = root->local_table;
		}
		ldso_tls_add_module(d, needs_static_tls(d));
		if (d->global)
			ldso_symtable_append(d);
		ldso.adds++;
	}
}

static struct dso *open_new(const char *name, int flags, struct dso *requester)
{
	void *jump[ARCH_JMP_BUF_WORDS];
	struct dso *old_tail = ldso.tail, *d;

	ldso.dl_error_set = false;
	ldso.dl_recover = jump;
	if (ldso_setjmp(jump)) {
		ldso.dl_recover = 0;
		ldso_drop_opening();
		undo_load(old_tail);
		ldso_debug_consistent();
		return 0;
	}
	ldso_debug_add_begin();
	d = ldso_load_library(name, requester);
	if (ldso.tail == old_tail) {	/* it was loaded under another name */
		ldso.dl_recover = 0;
		ldso_debug_consistent();
		return d;
	}
	ldso_load_dependencies(d);
	mark_new_objects(old_tail->next, d, flags);
	/* As glibc: RTLD_LAZY's bit decides, RTLD_NOW alone binds now. */
	if (!ldso_relocate_objects(old_tail->next, !(flags & RTLD_LAZY)))
		ldso_fail(0, "undefined symbols");
	ldso_check_init_fini(old_tail->next);
	ldso_protect_objects(old_tail->next);
	ldso.dl_recover = 0;
	ldso_debug_consistent();
	return d;
}

static struct dso *open_locked(const char *name, int flags, void *caller)
{
	struct dso *requester = ldso_find_dso(caller), *d;

	if (!name)
		return ldso.main;
	if (!(flags & (RTLD_LAZY | RTLD_NOW))) {
		set_error(0, "invalid mode for dlopen()");
		return 0;
	}
	d = ldso_find_loaded(name);
	if (!d && (flags & RTLD_NOLOAD)) {
		set_error(name, "not loaded (RTLD_NOLOAD)");
		return 0;
	}
	if (!d) {
		d = open_new(name, flags, requester ? requester : ldso.main);
		if (!d)
			return 0;
		if (!d->inited && d->dlopened)
			ldso_init_objects(d);
	}
	if (d->dlopened)
		d->open_count++;
	if ((flags & RTLD_GLOBAL) && !d->global) {
		d->global = true;
		ldso_symtable_drop();	/* its place in scope order is not last */
	}
	if (flags & RTLD_NODELETE)
		d->nodelete = true;
	return d;
}

LDSO_EXPORT void *dlopen(const char *name, int flags)
{
	void *caller = __builtin_return_address(0);
	struct dso *d;

	ldso_lock();
	d = open_locked(name, flags, caller);
	ldso_unlock();
	return d;
}

/* Mark what must stay: everything reachable from a root (see the top). */
static void keep_reachable(struct dso *d)
{
	if (!d->unload_mark)
		return;
	d->unload_mark = false;
	for (size_t i = 0; i < d->ndeps; i++)
		keep_reachable(d->deps[i]);
	for (size_t i = 0; i < d->nreldeps; i++)
		keep_reachable(d->reldeps[i]);
}

static void mark_unreachable(void)
{
	for (struct dso *d = ldso.head; d; d = d->next)
		d->unload_mark = d->dlopened && !d->nodelete;
	for (struct dso *d = ldso.head; d; d = d->next) {
		bool root = !d->dlopened || d->nodelete || d->open_count > 0;
		if (root) {
			d->unload_mark = true;
			keep_reachable(d);
		}
	}
}

/*
 * The mappings of the objects one collection unloads, given back in as
 * few calls as they allow: mmap places a dlopen's objects next to each
 * other (top down, in load order), so one munmap takes a whole group.
 * For 21 objects of 48 KiB the calls were a third of dlopen and dlclose's
 * time, each one a flush of the TLB.  Only mappings that touch are
 * joined: the range given back is exactly theirs.
 */
struct unmap_run {
	char *lo, *hi;
};

static void unmap_run_flush(struct unmap_run *run)
{
	if (run->lo != run->hi)
		ldso_munmap(run->lo, (size_t)(run->hi - run->lo));
	run->lo = run->hi = 0;
}

static void unmap_later(struct unmap_run *run, struct dso *d)
{
	char *p = d->map, *end;

	if (!p)
		return;
	end = p + d->map_len;
	d->map = 0;		/* ldso_unmap_object leaves it to the run */
	if (run->lo != run->hi && end == run->lo) {
		run->lo = p;
		return;
	}
	if (run->lo != run->hi && p == run->hi) {
		run->hi = end;
		return;
	}
	unmap_run_flush(run);
	run->lo = p;
	run->hi = end;
}

static void unload_marked(void)
{
	struct unmap_run run = { 0, 0 };

	ldso_debug_delete_begin();
	for (size_t i = ldso.init_count; i-- > 0;) {
		struct dso *d = ldso.init_order[i];
		if (d->unload_mark) {
			ldso_fini_object(d);
			i = ldso.init_count;	/* destructors may have changed it */
		}
	}
	for (struct dso *d = ldso.head, *next; d; d = next) {
		next = d->next;
		if (!d->unload_mark)
			continue;
		if (d->global)
			ldso_symtable_drop();
		ldso_unlink_dso(d);
		if (d->local_scope && d->local_scope[0] != d) {
			d->local_scope = 0;
			d->local_table = 0;
		}
		unmap_later(&run, d);
		free_dso(d);
		ldso.subs++;
	}
	unmap_run_flush(&run);
	ldso_debug_consistent();
}

static void collect(void)
{
	if (collecting) {
		collect_again = true;
		return;
	}
	collecting = true;
	do {
		collect_again = false;
		mark_unreachable();
		unload_marked();
	} while (collect_again);
	collecting = false;
}

LDSO_EXPORT int dlclose(void *handle)
{
	struct dso *d = handle;
	int r = 0;

	ldso_lock();
	if (!ldso_is_loaded(d)) {
		set_error(0, "invalid handle passed to dlclose()");
		r = -1;
	} else if (d->dlopened) {
		if (d->open_count > 0 && --d->open_count == 0)
			collect();
	}
	ldso_unlock();
	return r;
}

static void *symbol_address(const struct symbol_ref *ref)
{
	Elf_Addr v = ref->dso->base + ref->sym->st_value;

	if (ST_TYPE(ref->sym->st_info) == STT_TLS)
		return ldso_tls_get_addr(ref->dso->tls_id, ref->sym->st_value);
	if (ST_TYPE(ref->sym->st_info) == STT_GNU_IFUNC)
		v = ((Elf_Addr(*)(void))v)();
	return (void *)v;
}

static struct symbol_ref lookup_next(const char *name, const char *version,
				     struct dso *caller)
{
	struct symbol_ref ref = { 0, 0 };

	for (struct dso *d = caller ? caller->next : 0; d && !ref.sym; d = d->next)
		if (d->global)
			ref = ldso_lookup_in(name, version, &d, 1);
	return ldso_keep_loader_exports(ref, name, version, 0);
}

/*
 * dlsym and dlvsym: RTLD_DEFAULT and the program's handle search the
 * global scope; RTLD_NEXT the global objects after the caller's; any other
 * handle its object and dependencies, breadth-first.
 */
static void *find_symbol(void *handle, const char *name, const char *version,
			 void *return_address)
{
	struct dso *d = handle;
	struct symbol_ref ref = { 0, 0 };
	char what[256];

	if (handle == RTLD_NEXT) {
		ref = lookup_next(name, version, ldso_find_dso(return_address));
		d = 0;
	} else if (!handle || d == ldso.main) {
		ref = ldso_lookup(name, version, 0, 0);
		d = 0;
	} else if (!ldso_is_loaded(d)) {
		set_error(0, "invalid handle passed to dlsym()");
		return 0;
	} else {
		if (!d->local_scope || d->local_scope[0] != d)
			build_scope(d);
		ref = ldso_lookup_in(name, version, d->local_scope, d->local_count);
	}
	if (ref.sym)
		return symbol_address(&ref);
	ldso_snprintf(what, sizeof(what), "undefined symbol: %s%s%s", name,
		      version ? ", version " : "", version ? version : "");
	set_error(d ? d->path : 0, what);
	return 0;
}

LDSO_EXPORT void *dlsym(void *handle, const char *name)
{
	void *r;

	ldso_lock();
	r = find_symbol(handle, name, 0, __builtin_return_address(0));
	ldso_unlock();
	return r;
}

LDSO_EXPORT void *dlvsym(void *handle, const char *name, const char *version)
{
	void *r;

	ldso_lock();
	r = find_symbol(handle, name, version, __builtin_return_address(0));
	ldso_unlock();
	return r;
}

LDSO_EXPORT char *dlerror(void)
{
	char *r = 0;

	ldso_lock();
	if (ldso.dl_error_set) {
		memcpy(error_copy, ldso.dl_error, sizeof(error_copy));
		ldso.dl_error_set = false;
		r = error_copy;
	}
	ldso_unlock();
	return r;
}

typedef struct {
	const char *dli_fname;
	void *dli_fbase;
	const char *dli_sname;
	void *dli_saddr;
} Dl_info;

/*
 * dladdr: the object containing addr and the symbol whose extent holds
 * it, as glibc answers: a symbol of size 0 (a linker's marker such as
 * riscv64's __DATA_BEGIN__, often at the address of the first variable)
 * holds only its own address, and of several symbols at one address the
 * first in the table wins.  None: dli_sname and dli_saddr are 0.
 */
static bool holds(const struct dso *d, const Elf_Sym *s, Elf_Addr a)
{
	Elf_Addr at = d->base + s->st_value;

	if (a < at)
		return false;
	return s->st_size ? a - at < s->st_size : a == at;
}

LDSO_EXPORT int dladdr(const void *addr, Dl_info *info)
{
	struct dso *d;
	const Elf_Sym *best = 0;
	Elf_Addr a = (Elf_Addr)addr;

	ldso_lock();
	d = ldso_find_dso(addr);
	if (!d) {
		ldso_unlock();
		return 0;
	}
	info->dli_fname = d->path;
	info->dli_fbase = (void *)(d->base + d->vaddr_lo);
	for (size_t i = 1; i < d->nsyms; i++) {
		const Elf_Sym *s = &d->symtab[i];
		unsigned type = ST_TYPE(s->st_info);
		if (s->st_shndx == SHN_UNDEF || s->st_shndx == SHN_ABS ||
		    type == STT_TLS || type == STT_SECTION || type == STT_FILE)
			continue;
		if (holds(d, s, a) && (!best || s->st_value > best->st_value))
			best = s;
	}
	info->dli_sname = best ? ldso_dso_string(d, best->st_name) : 0;
	info->dli_saddr = best ? (void *)(d->base + best->st_value) : 0;
	ldso_unlock();
	return 1;
}

struct dl_phdr_info {
	Elf_Addr dlpi_addr;
	const char *dlpi_name;
	const Elf_Phdr *dlpi_phdr;
	uint16_t dlpi_phnum;
	unsigned long long dlpi_adds, dlpi_subs;
	size_t dlpi_tls_modid;
	void *dlpi_tls_data;
};

LDSO_EXPORT int dl_iterate_phdr(int (*callback)(struct dl_phdr_info *, size_t, void *),
				void *data)
{
	int r = 0;

	ldso_lock();
	for (struct dso *d = ldso.head; d && !r; d = d->next) {
		struct dl_phdr_info info;
		info.dlpi_addr = d->base;
		info.dlpi_name = d->is_main ? "" : d->path;
		info.dlpi_phdr = d->phdr;
		info.dlpi_phnum = (uint16_t)d->phnum;
		info.dlpi_adds = ldso.adds;
		info.dlpi_subs = ldso.subs;
		info.dlpi_tls_modid = d->tls_id;
		info.dlpi_tls_data = ldso_tls_block(d);
		r = callback(&info, sizeof(info), data);
	}
	ldso_unlock();
	return r;
}

/*
 * The caller's buffer holds PATH_MAX bytes (glibc documents that size):
 * never write more, and never a cut-off directory.
 */
static int copy_origin(struct dso *d, char *out)
{
	const char *dir;
	size_t len = ldso_origin(d, &dir);

	if (len == 0 || len >= LDSO_PATH_MAX) {
		set_error(d->path, "cannot tell the object's directory");
		return -1;
	}
	memcpy(out, dir, len);
	out[len] = 0;
	return 0;
}

LDSO_EXPORT int dlinfo(void *handle, int request, void *arg)
{
	struct dso *d = handle;
	int r = 0;

	ldso_lock();
	if (!ldso_is_loaded(d)) {
		set_error(0, "invalid handle passed to dlinfo()");
		r = -1;
	} else if (request == RTLD_DI_LINKMAP) {
		*(struct dso **)arg = d;
	} else if (request == RTLD_DI_ORIGIN) {
		r = copy_origin(d, arg);
	} else if (request == RTLD_DI_TLS_MODID) {
		*(size_t *)arg = d->tls_id;
	} else if (request == RTLD_DI_TLS_DATA) {
		*(void **)arg = ldso_tls_block(d);
	} else {
		set_error(0, "unsupported dlinfo() request");
		r = -1;
	}
	ldso_unlock();
	return r;
}
