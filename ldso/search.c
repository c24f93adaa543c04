/*
 * Finding a library file, by glibc's rules.  For a DT_NEEDED name N of
 * object O: a name with a '/' is a path.  Otherwise, in order: the
 * DT_RPATH of O, then of the object that loaded O, and so on up to the
 * executable, but only when O has no DT_RUNPATH; then LD_LIBRARY_PATH (not
 * in secure mode); then O's own DT_RUNPATH; then the default directories:
 * the loader's own directory, then the system's for this arch.
 * $ORIGIN and ${ORIGIN} expand to the directory of the object whose list
 * is being read, or, in a name with a '/', that asks for the library.  A
 * file of another class or machine is skipped, as glibc does, so an i386
 * search can walk past x86-64 libraries.  Secure mode expands no $ORIGIN
 * and uses no relative directory or path (see secure.c).
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
			d->real_path = ldso_self_exe_copy();
		if (!d->real_path)
			return 0;
	}
	return ldso_dirname(d->real_path ? d->real_path : d->path, dir);
}

struct path_buf {
	char *buf;
	size_t size, len;
	bool overflow;
	bool need_setuid;	/* a secure-mode preload: set-uid files only */
	struct ldso_file_head *head;	/* the start of the file found */
	bool *cut;		/* set when a path did not fit (0: not asked) */
};

static void append(struct path_buf *p, const char *s, size_t n)
{
	if (p->len + n >= p->size) {
		p->overflow = true;
		if (p->cut)
			*p->cut = true;
		return;
	}
	memcpy(p->buf + p->len, s, n);
	p->len += n;
	p->buf[p->len] = 0;
}

/* Length of the $ORIGIN or ${ORIGIN} at s, 0 if there is none. */
static size_t origin_token(const char *s, size_t left)
{
	if (left >= 7 && !ldso_strncmp(s, "$ORIGIN", 7) &&
	    (left == 7 || s[7] == '/'))
		return 7;
	if (left >= 9 && !ldso_strncmp(s, "${ORIGIN}", 9))
		return 9;
	return 0;
}

/*
 * Append s[0..n) with $ORIGIN expanded to origin's directory.  False when
 * the origin may not be used (secure mode) or is unknown.
 */
static bool append_expanded(struct path_buf *p, const char *s, size_t n,
			    struct dso *origin)
{
	for (size_t i = 0; i < n;) {
		size_t skip = origin_token(s + i, n - i), olen, run;
		const char *o;
		if (!skip) {
			/* Up to the next '$' in one piece. */
			for (run = 1; i + run < n && s[i + run] != '$'; run++)
				;
			append(p, s + i, run);
			i += run;
			continue;
		}
		if (ldso.secure || !(olen = ldso_origin(origin, &o)))
			return false;
		append(p, o, olen);
		i += skip;
	}
	return true;
}

/*
 * Build dir/name into out, expanding $ORIGIN in dir.  Returns false when
 * the result does not fit or the directory may not be used: in secure
 * mode only absolute directories are, since a relative one (or "", the
 * current directory) is wherever the user who started us chose to be.
 */
static bool build_path(const char *dir, size_t dirlen, const char *name,
		       struct dso *origin, struct path_buf *p)
{
	p->len = 0;
	p->overflow = false;
	if (!append_expanded(p, dir, dirlen, origin))
		return false;
	if (dirlen == 0)
		append(p, ".", 1);
	if (ldso.secure && (p->len == 0 || p->buf[0] != '/'))
		return false;
	append(p, "/", 1);
	append(p, name, ldso_strlen(name));
	return !p->overflow;
}

/* No descriptor left: those start-up keeps for one close (fds.c) go
 * first, and the open is tried again. */
static long open_library_file(const char *path)
{
	long fd = ldso_open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);

	if (fd == -EMFILE && ldso_close_retired())
		fd = ldso_open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	return fd;
}

static int try_file(struct path_buf *p)
{
	const char *path = p->buf;
	long fd;

	if (ldso_debug & DEBUG_LIBS)
		ldso_trace("libs:   trying file=%s", path);
	fd = open_library_file(path);
	/* Not there: the search goes on.  Anything else (no memory, no
	 * descriptors left) is the answer, as with glibc. */
	if (fd == -ENOENT || fd == -ENOTDIR || fd == -EACCES || fd == -1)
		return -1;
	if (fd < 0)
		return (int)fd;
	if (p->need_setuid && !ldso_secure_preload_ok(fd)) {
		ldso_close(fd);
		return -1;
	}
	ldso_read_head((int)fd, p->head);
	if (!ldso_file_fits(p->head)) {
		ldso_close(fd);
		return -1;
	}
	return fd;
}

/*
 * Try name in each directory of a ':'-separated list: a descriptor, -1
 * when it is not there, or -errno (below -1) when the search must stop.
 * Once a path did not fit (cut), no list is tried: the caller searches
 * again from the start, in a longer buffer.
 */
static int try_list(const char *list, const char *name,
		    struct dso *origin, struct path_buf *p,
		    const char *what)
{
	if (p->cut && *p->cut)
		return -1;
	if (list && *list && (ldso_debug & DEBUG_LIBS))
		ldso_trace("libs:  search path=%s\t\t(%s%s%s)", list, what,
			   origin ? " from file " : "", origin ? origin->path : "");
	while (list && *list) {
		const char *end = list;
		while (*end && *end != ':' && *end != ';')
			end++;
		if (build_path(list, end - list, name, origin, p)) {
			int fd = try_file(p);
			if (fd != -1)
				return fd;
		} else if (p->cut && *p->cut) {
			return -1;
		}
		list = *end ? end + 1 : end;
	}
	return -1;
}

static int search(const char *name, struct dso *requester, struct path_buf *p)
{
	int fd = -1;

	if (requester && !requester->runpath)
		for (struct dso *o = requester; o && fd == -1; o = o->parent)
			fd = try_list(o->rpath, name, o, p, "RPATH");
	if (fd == -1 && !ldso.secure)
		fd = try_list(ldso.library_path, name, 0, p, "LD_LIBRARY_PATH");
	if (fd == -1 && requester)
		fd = try_list(requester->runpath, name, requester, p, "RUNPATH");
	if (fd == -1)
		fd = try_list(ldso.loader_dir, name, 0, p, "loader's directory");
	if (fd == -1)
		fd = try_list(ARCH_DEFAULT_LIB_DIRS, name, 0, p, "system search path");
	return fd;
}

/*
 * Does name hold a dynamic string token glibc knows ($ORIGIN, $LIB,
 * $PLATFORM, bare or in braces)?  Only $ORIGIN is expanded; secure mode
 * refuses them all, matched generously.
 */
static bool has_dst(const char *name)
{
	static const char *const tokens[] = { "ORIGIN", "LIB", "PLATFORM" };

	for (const char *s = ldso_strchr(name, '$'); s; s = ldso_strchr(s + 1, '$')) {
		const char *t = s + 1 + (s[1] == '{');
		for (size_t i = 0; i < sizeof(tokens) / sizeof(tokens[0]); i++)
			if (!ldso_strncmp(t, tokens[i], ldso_strlen(tokens[i])))
				return true;
	}
	return false;
}

/*
 * A name with a '/' (in DT_NEEDED or given to dlopen) is a path, relative
 * to the current directory unless it starts with '/'.  In secure mode the
 * user who started us chose that directory, and where $ORIGIN points (a
 * hard link), so neither may be used: glibc refuses a DST in such a name
 * ("DST not allowed in SUID/SGID programs"); we refuse relative paths too.
 */
static void check_path_name(const char *name)
{
	if (!ldso.secure || !ldso_strchr(name, '/'))
		return;
	if (has_dst(name))
		ldso_fail(name, "DST not allowed in SUID/SGID programs");
	if (name[0] != '/')
		ldso_fail(name, "relative path not allowed in secure mode");
}

/*
 * Open the library `name` needed by requester; the path found goes to
 * path_out.  Returns the descriptor, or -errno.  A requester of 0 is a
 * preload in secure mode (load.c): the default directories only, and
 * only set-uid files there, as glibc.  cut (or 0): set when a path did
 * not fit in path_size bytes, which a search skips; a caller with a
 * buffer shorter than LDSO_PATH_MAX then searches again with a longer
 * one (load.c).
 */
int ldso_open_library(const char *name, struct dso *requester,
		      char *path_out, size_t path_size,
		      struct ldso_file_head *head, bool *cut)
{
	struct path_buf p = { path_out, path_size, 0, false, false, head, cut };
	size_t len = ldso_strlen(name);
	long fd;

	if (len == 0)
		return -ENOENT;
	if (len >= path_size) {
		if (cut)
			*cut = true;
		return -ENAMETOOLONG;
	}
	if (ldso_debug & DEBUG_LIBS)
		ldso_trace("libs: find library=%s [needed by %s]; searching", name,
			   requester ? requester->path : "LD_PRELOAD");
	if (!ldso_strchr(name, '/')) {
		p.need_setuid = ldso.secure && !requester;
		fd = search(name, requester, &p);
		return fd == -1 ? -ENOENT : (int)fd;
	}
	check_path_name(name);
	if (!append_expanded(&p, name, len, requester))
		return -ENOENT;		/* the program's origin is unknown */
	if (p.overflow)
		return -ENAMETOOLONG;
	fd = open_library_file(path_out);
	if (fd >= 0)
		ldso_read_head((int)fd, head);
	return (int)fd;
}
