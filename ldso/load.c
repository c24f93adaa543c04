/*
 * Loading: the preloads, then every DT_NEEDED breadth-first, each object
 * once.  An object is the same as one already loaded when a name matches
 * its soname or path, or, once opened, its device and inode match.  A
 * name that means the loader itself gets the running loader, never a
 * second copy.  The walk is a queue over the load-order list itself, so a
 * deep chain or a cycle costs no recursion.
 */
#include "ldso.h"

static bool is_loader_name(const char *name)
{
	struct dso *l = ldso.loader;

	if (l->soname && !ldso_strcmp(name, l->soname))
		return true;
	return !ldso_strcmp(name, l->path);
}


static struct dso *find_by_name(const char *name)
{
	if (is_loader_name(name))
		return ldso.loader;
	for (struct dso *d = ldso.head; d; d = d->next) {
		if (d->is_main)
			continue;
		if ((d->soname && !ldso_strcmp(d->soname, name)) ||
		    (d->needed_name && !ldso_strcmp(d->needed_name, name)) ||
		    !ldso_strcmp(d->path, name))
			return d;
	}
	return 0;
}

static struct dso *find_by_file(uint64_t dev, uint64_t ino)
{
	if (!ldso.loader->ino) {
		struct ldso_file_id id;
		if (ldso_stat(ldso.loader->path, &id) == 0) {
			ldso.loader->dev = id.dev;
			ldso.loader->ino = id.ino;
		}
	}
	if (ldso.loader->dev == dev && ldso.loader->ino == ino)
		return ldso.loader;
	for (struct dso *d = ldso.head; d; d = d->next)
		if (d->dev == dev && d->ino == ino && !d->kernel_mapped)
			return d;
	return 0;
}

/*
 * dlopen's question: is `name` loaded already?  By name, as above, or,
 * for a path, by the file it names (RTLD_NOLOAD with another spelling).
 */
struct dso *ldso_find_loaded(const char *name)
{
	struct ldso_file_id id;
	struct dso *d;

	/* A DST names another file for each caller, and secure mode refuses
	 * a relative path: open nothing before ldso_open_library has judged
	 * and expanded the name. */
	if (ldso_strchr(name, '/') &&
	    (ldso_strchr(name, '$') || (ldso.secure && name[0] != '/')))
		return 0;
	d = find_by_name(name);
	if (d || !ldso_strchr(name, '/'))
		return d;
	/* One statx, not open + statx + close: every dlopen of a path asks. */
	return ldso_stat(name, &id) == 0 ? find_by_file(id.dev, id.ino) : 0;
}

/*
 * Ownership while opening: from the open of a library's file until its
 * object is on the load-order list, the descriptor and the object belong
 * to ldso.opening*, so that ldso_fail anywhere in between (which inside
 * dlopen jumps straight back to dlopen) leaves nothing behind once dlopen
 * calls ldso_drop_opening.
 */
static void own_fd(long fd)
{
	ldso.opening_fd = (int)fd;
	ldso.opening_fd_open = true;
}

/* At start-up the descriptor waits to be closed with the others (fds.c). */
static void close_owned_fd(void)
{
	ldso.opening_fd_open = false;
	if (!ldso.retiring) {
		ldso_close(ldso.opening_fd);
		return;
	}
	ldso_retire_fd(ldso.opening_fd);	/* fds.c */
}

void ldso_drop_opening(void)
{
	struct dso *d = ldso.opening;

	if (ldso.opening_fd_open)
		close_owned_fd();
	ldso.opening = 0;
	if (!d)
		return;
	ldso_unmap_object(d);
	if (d->needed_name != d->path)
		ldso_free((void *)d->needed_name);
	ldso_free((void *)d->path);
	ldso_free((void *)d->real_path);
	ldso_free(d);
}

/*
 * Load `name` for requester into path (size bytes), or find it already
 * loaded.  Returns 0 when the file cannot be found (the caller says who
 * needed it); a file that is found but broken fails here.  cut (or 0):
 * a path did not fit in size bytes, and nothing was loaded.
 */
static struct dso *load_into(const char *name, struct dso *requester,
			     long *err, char *path, size_t size, bool *cut)
{
	struct ldso_file_head head;
	struct ldso_file_id id;
	long fd, r;
	/* "$ORIGIN/..." names another file for each requester: compare
	 * files, below, not names. */
	struct dso *d = ldso_strchr(name, '$') ? 0 : find_by_name(name);

	if (d)
		return d;
	fd = ldso_open_library(name, requester, path, size, &head, cut);
	if (cut && *cut) {
		if (fd >= 0)
			ldso_close(fd);
		return 0;
	}
	if (fd < 0) {
		*err = fd;
		return 0;
	}
	own_fd(fd);
	if ((r = ldso_fstat(fd, &id)) == 0 && (d = find_by_file(id.dev, id.ino))) {
		close_owned_fd();
		return d;
	}
	if (r < 0)
		ldso_fail(path, "cannot stat: statx: %s", ldso_strerror(r));
	d = ldso_map_file(path, fd, false, &head, &id);
	close_owned_fd();
	ldso_decode_dynamic(d);
	d->parent = requester;
	d->needed_name = ldso_strdup(name);
	ldso_append_dso(d);
	if (ldso_debug & (DEBUG_LIBS | DEBUG_BOOT))
		ldso_trace("libs: mapped %s at %p (%zu bytes)", d->path,
			   (void *)(d->base + d->vaddr_lo), d->map_len);
	return d;
}

/*
 * A search in a buffer of LDSO_PATH_MAX bytes, on a stack frame of its
 * own: out of line, so that only a path longer than SHORT_PATH takes
 * it.
 */
static __attribute__((noinline))
struct dso *load_long(const char *name, struct dso *requester, long *err)
{
	char path[LDSO_PATH_MAX];

	return load_into(name, requester, err, path, sizeof(path), 0);
}

/*
 * The search first builds its paths in SHORT_PATH bytes, and again in
 * LDSO_PATH_MAX bytes only when one did not fit (its candidates are then
 * the same, in the same order).  Everything the loading calls runs below
 * the path's buffer on the stack: with 4 KiB there, start-up wrote one
 * more page of stack than glibc's (a page fault and 4 KiB of resident
 * memory more, at every size of program).
 */
#define SHORT_PATH 256

static struct dso *try_load(const char *name, struct dso *requester, long *err)
{
	char path[SHORT_PATH];
	bool cut = false;
	struct dso *d = load_into(name, requester, err, path, sizeof(path), &cut);

	return cut ? load_long(name, requester, err) : d;
}

/* --list goes on past a missing library, to print `=> not found`. */
static struct dso *missing_library(const char *name)
{
	struct dso *d = ldso_alloc(sizeof(*d));

	d->path = d->name = ldso_strdup(name);
	d->needed_name = d->path;
	d->missing = true;
	d->kernel_mapped = true;
	ldso_append_dso(d);
	return d;
}

/*
 * glibc's and musl's libc are one with their own loader: libc.so.6 needs
 * ld-linux*.so.2 and reads its private state.  Loading that loader as a
 * library would only crash later; say so now.
 */
static bool is_foreign_loader(const char *name)
{
	const char *base = name;

	for (const char *p = name; *p; p++)
		if (*p == '/')
			base = p + 1;
	return !ldso_strncmp(base, "ld-linux", 8) || !ldso_strncmp(base, "ld-musl-", 8);
}

struct dso *ldso_load_library(const char *name, struct dso *requester)
{
	long err = 0;
	struct dso *d;

	if (is_foreign_loader(name))
		ldso_fail(requester->path, "needs another loader's private interface (%s); "
			  "run it with that loader", name);
	d = try_load(name, requester, &err);

	if (!d && ldso.list_mode)
		return missing_library(name);
	if (!d)
		ldso_fail(name, "cannot open shared object file: %s (needed by %s)",
			  ldso_strerror(err), requester->path);
	return d;
}

/*
 * A preload that is found but cannot be loaded (a directory, not ELF, ...)
 * is skipped too, as glibc does: its failure comes back here as a
 * dlopen's would, instead of ending the program; ldso.dl_error says why.
 */
static struct dso *try_preload(const char *name, long *err)
{
	void *jump[ARCH_JMP_BUF_WORDS];
	struct dso *d;

	ldso.dl_error_set = false;
	ldso.dl_recover = jump;
	if (ldso_setjmp(jump)) {
		ldso.dl_recover = 0;
		ldso_drop_opening();	/* its descriptor and mapping, if any */
		*err = 0;
		return 0;
	}
	d = try_load(name, ldso.secure ? 0 : ldso.main, err);
	ldso.dl_recover = 0;
	return d;
}

/*
 * One preload.  Secure mode: plain names from the default directories
 * only (a path is dropped silently), and a failure says no more than that
 * the name was ignored: not whether a file of that name exists there, nor
 * its size or type, which may belong to a file only root can read.
 */
static void preload_one(const char *name)
{
	long err = -ENOENT;
	struct dso *d;

	if (ldso.secure && ldso_strchr(name, '/'))
		return;
	d = try_preload(name, &err);
	if (d && d != ldso.main)
		d->is_preload = true;
	else if (!d && ldso.secure)
		ldso_error(name, "cannot be preloaded: ignored");
	else if (!d)
		ldso_error(name, "cannot be preloaded (%s): ignored",
			   err ? ldso_strerror(err) : ldso.dl_error);
	ldso.dl_error_set = false;
}

/*
 * LD_PRELOAD: names separated by ':' or ' '.  As with glibc, one that
 * cannot be found or loaded is reported and skipped, not fatal.
 */
void ldso_load_preloads(const char *list)
{
	char name[LDSO_PATH_MAX];

	while (list && *list) {
		size_t n = 0;
		while (list[n] && list[n] != ':' && list[n] != ' ')
			n++;
		if (n && n < sizeof(name)) {
			memcpy(name, list, n);
			name[n] = 0;
			preload_one(name);
		}
		list += n;
		if (*list)
			list++;
	}
}

static void add_dep(struct dso *d, struct dso *dep, size_t *cap)
{
	if (d->ndeps == *cap) {
		size_t ncap = *cap ? *cap * 2 : 4;
		struct dso **n = ldso_alloc(ncap * sizeof(*n));
		if (d->ndeps)
			memcpy(n, d->deps, d->ndeps * sizeof(*n));
		d->deps = n;
		*cap = ncap;
	}
	d->deps[d->ndeps++] = dep;
}

/*
 * Breadth-first from `from` (the executable at start-up, the new object
 * in dlopen): the list grows at its tail while we walk it.
 */
void ldso_load_dependencies(struct dso *from)
{
	for (struct dso *d = from; d; d = d->next) {
		if (d->deps)
			continue;	/* loaded before this walk */
		size_t cap = 0;
		for (size_t i = 0; i < d->dynamic_count && d->needed_count; i++) {
			Elf_Dyn *e = &d->dynamic[i];
			if (e->d_tag == DT_NULL)
				break;
			if (e->d_tag != DT_NEEDED)
				continue;
			add_dep(d, ldso_load_library(ldso_dso_string(d, e->d_val), d),
				&cap);
		}
	}
}
