/*
 * Finding a library file, by glibc's rules.  For a DT_NEEDED name N of
 * object O: a name with a '/' is a path.  Otherwise, in order: the
 * DT_RPATH of O, then of the object that loaded O, and so on up to the
 * executable, but only when O has no DT_RUNPATH; then LD_LIBRARY_PATH (not
 * in secure mode); then O's own DT_RUNPATH; then the default directories:
 * the loader's own directory, then the system's for this arch.
 * $ORIGIN and ${ORIGIN} expand to the directory of the object whose list
 * is being read.  A file of another class or machine is skipped, as glibc
 * does, so an i386 search can walk past x86-64 libraries.
 */
#include "ldso.h"

/*
 * $ORIGIN of d: the directory of its file; 0 when it cannot be known.  The
 * program the kernel mapped is where its file really is (/proc/self/exe,
 * as glibc), never argv[0], which is the caller's choice; read only when
 * first needed.
 */
size_t ldso_origin(struct dso *d, const char **dir)
{
	if (!d) {
		*dir = ".";
		return 1;
	}
	if (d->is_main && d->kernel_mapped) {
		if (!d->real_path)
			d->real_path = ldso_self_exe();
		if (!d->real_path)
			return 0;
	}
	return ldso_dirname(d->real_path ? d->real_path : d->path, dir);
}

struct path_buf {
	char *buf;
	size_t size, len;
	bool overflow;
};

static void append(struct path_buf *p, const char *s, size_t n)
{
	if (p->len + n >= p->size) {
		p->overflow = true;
		return;
	}
	memcpy(p->buf + p->len, s, n);
	p->len += n;
	p->buf[p->len] = 0;
}

/*
 * Build dir/name into out, expanding $ORIGIN in dir.  Returns false when
 * the result does not fit or $ORIGIN may not be used (secure mode).
 */
static bool build_path(const char *dir, size_t dirlen, const char *name,
		       struct dso *origin, struct path_buf *p)
{
	p->len = 0;
	p->overflow = false;
	for (size_t i = 0; i < dirlen;) {
		size_t skip = 0;
		if (!ldso_strncmp(dir + i, "$ORIGIN", 7) &&
		    (i + 7 == dirlen || dir[i + 7] == '/'))
			skip = 7;
		else if (!ldso_strncmp(dir + i, "${ORIGIN}", 9) &&
			 i + 9 <= dirlen)
			skip = 9;
		if (skip) {
			const char *o;
			size_t olen;
			if (ldso.secure || !(olen = ldso_origin(origin, &o)))
				return false;
			append(p, o, olen);
			i += skip;
		} else {
			append(p, dir + i, 1);
			i++;
		}
	}
	if (dirlen == 0)
		append(p, ".", 1);
	append(p, "/", 1);
	append(p, name, ldso_strlen(name));
	return !p->overflow;
}

static int try_file(const char *path)
{
	long fd;

	if (ldso_debug & DEBUG_LIBS)
		ldso_trace("libs:   trying file=%s", path);
	fd = ldso_open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return -1;
	if (!ldso_file_fits(fd)) {
		ldso_close(fd);
		return -1;
	}
	return fd;
}

/* Try name in each directory of a ':'-separated list. */
static int try_list(const char *list, const char *name,
		    struct dso *origin, struct path_buf *p,
		    const char *what)
{
	if (list && *list && (ldso_debug & DEBUG_LIBS))
		ldso_trace("libs:  search path=%s\t\t(%s%s%s)", list, what,
			   origin ? " from file " : "", origin ? origin->path : "");
	while (list && *list) {
		const char *end = list;
		while (*end && *end != ':' && *end != ';')
			end++;
		if (build_path(list, end - list, name, origin, p)) {
			int fd = try_file(p->buf);
			if (fd >= 0)
				return fd;
		}
		list = *end ? end + 1 : end;
	}
	return -1;
}

static int search(const char *name, struct dso *requester, struct path_buf *p)
{
	int fd = -1;

	if (requester && !requester->runpath)
		for (struct dso *o = requester; o && fd < 0; o = o->parent)
			fd = try_list(o->rpath, name, o, p, "RPATH");
	if (fd < 0 && !ldso.secure)
		fd = try_list(ldso.library_path, name, 0, p, "LD_LIBRARY_PATH");
	if (fd < 0 && requester)
		fd = try_list(requester->runpath, name, requester, p, "RUNPATH");
	if (fd < 0)
		fd = try_list(ldso.loader_dir, name, 0, p, "loader's directory");
	if (fd < 0)
		fd = try_list(ARCH_DEFAULT_LIB_DIRS, name, 0, p, "system search path");
	return fd;
}

/*
 * Open the library `name` needed by requester; the path found goes to
 * path_out.  Returns the descriptor, or -errno.
 */
int ldso_open_library(const char *name, struct dso *requester,
		      char *path_out, size_t path_size)
{
	struct path_buf p = { path_out, path_size, 0, false };
	size_t len = ldso_strlen(name);
	long fd;

	if (len == 0)
		return -ENOENT;
	if (len >= path_size)
		return -ENAMETOOLONG;
	if (ldso_debug & DEBUG_LIBS)
		ldso_trace("libs: find library=%s [needed by %s]; searching", name,
			   requester ? requester->path : "LD_PRELOAD");
	if (!ldso_strchr(name, '/')) {
		fd = search(name, requester, &p);
		return fd >= 0 ? (int)fd : -ENOENT;
	}
	memcpy(path_out, name, len + 1);
	fd = ldso_open(name, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	return (int)fd;
}
