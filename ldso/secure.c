/*
 * Secure mode: the program runs with privilege its user does not have
 * (set-uid, set-gid, file capabilities).  That user still chooses the
 * environment, the arguments, the current directory and which descriptors
 * are open; none of them may choose what code runs as the program or
 * where its output goes.  docs/security.md lists every rule with the
 * attack it stops and the test that shows it; the rules live here and in
 * env.c (variables), search.c (paths), load.c (preloads), symbol.c
 * (preloads and the loader's exports) and boot.c (command mode).
 *
 * BOOT ORDER.  ldso_secure_setup is the first step of ldso_main after the
 * stack is read, before the environment is parsed and before anything
 * opens a file: a descriptor 0, 1 or 2 left closed by the attacker must be
 * taken by /dev/null, never by the first file the loader or the program
 * opens (which would then receive the program's output).
 */
#include "ldso.h"

#define O_WRONLY 1
#define O_NOFOLLOW ARCH_O_NOFOLLOW
#define S_IFMT 0170000
#define S_IFREG 0100000
#define S_IFCHR 0020000
#define S_ISUID 04000

static bool ids_known(void)
{
	bool seen[AUX_COUNT] = { false };

	for (uintptr_t *p = ldso.auxv; p[0] != AT_NULL; p += 2)
		if (p[0] < AUX_COUNT)
			seen[p[0]] = true;
	return seen[AT_UID] && seen[AT_EUID] && seen[AT_GID] && seen[AT_EGID];
}

/*
 * glibc's way: each of 0, 1 and 2 that is closed gets /dev/null, opened
 * against its use (stdin write-only, stdout and stderr read-only) so the
 * program sees an error where it reads or writes it, as it would have with
 * the descriptor closed.  They are opened in order, so the lowest free
 * number is always the one being filled.
 */
static void open_standard_fds(void)
{
	static const int modes[3] = { O_WRONLY, O_RDONLY, O_RDONLY };
	struct ldso_file_id id;

	for (int fd = 0; fd < 3; fd++) {
		long r;
		if (ldso_fstat(fd, &id) == 0)
			continue;
		r = ldso_open("/dev/null", modes[fd] | O_NOFOLLOW);
		if (r != fd || ldso_fstat(fd, &id) < 0 ||
		    (id.mode & S_IFMT) != S_IFCHR)
			ldso_fail("/dev/null", "cannot stand in for closed descriptor %d", fd);
	}
}

/*
 * Secure mode is on when the kernel says so (AT_SECURE: set-uid, set-gid,
 * file capabilities), when real and effective ids differ, or when the
 * auxiliary vector lacks the id entries and we cannot tell.
 */
void ldso_secure_setup(void)
{
	const uintptr_t *a = ldso.aux;

	ldso.secure = a[AT_SECURE] || a[AT_UID] != a[AT_EUID] ||
		      a[AT_GID] != a[AT_EGID] || !ids_known();
	if (ldso.secure)
		open_standard_fds();
}

/*
 * Variables removed from a secure program's environment, so they reach
 * neither it nor its children (which may run with its privilege after a
 * setuid(0), and may be glibc programs): glibc's list of unsafe variables
 * (unsecvars.h in its sources), the old names of its malloc tunables, and
 * loader variables glibc keeps that change binding or name an output
 * file.  Names match exactly; every occurrence goes.
 */
static const char *const unsafe[] = {
	/* glibc's list */
	"GCONV_PATH", "GETCONF_DIR", "GLIBC_TUNABLES", "HOSTALIASES",
	"LD_AUDIT", "LD_DEBUG", "LD_DEBUG_OUTPUT", "LD_DYNAMIC_WEAK",
	"LD_HWCAP_MASK", "LD_LIBRARY_PATH", "LD_ORIGIN_PATH", "LD_PRELOAD",
	"LD_PROFILE", "LD_SHOW_AUXV", "LD_USE_LOAD_BIAS", "LOCALDOMAIN",
	"LOCPATH", "MALLOC_TRACE", "NIS_PATH", "NLSPATH", "RESOLV_HOST_CONF",
	"RES_OPTIONS", "TMPDIR", "TZDIR",
	/* glibc's malloc tunables under their old names, and x86-64's */
	"MALLOC_CHECK_", "MALLOC_TOP_PAD_", "MALLOC_PERTURB_",
	"MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_MAX_",
	"MALLOC_ARENA_MAX", "MALLOC_ARENA_TEST", "LD_PREFER_MAP_32BIT_EXEC",
	/* loader variables glibc keeps */
	"LD_BIND_NOW", "LD_BIND_NOT", "LD_TRACE_LOADED_OBJECTS",
	"LD_PROFILE_OUTPUT",
};

bool ldso_secure_unsafe_variable(const char *entry)
{
	for (size_t i = 0; i < sizeof(unsafe) / sizeof(unsafe[0]); i++) {
		size_t n = ldso_strlen(unsafe[i]);
		if (!ldso_strncmp(entry, unsafe[i], n) && entry[n] == '=')
			return true;
	}
	return false;
}

/*
 * glibc's rule for a preload in secure mode: found in a default directory
 * (search.c looks nowhere else) and set-uid, a mark only root can put on a
 * root-owned file.  Checked on the open descriptor before a byte is read,
 * so a file that fails says nothing about itself.
 */
bool ldso_secure_preload_ok(int fd)
{
	struct ldso_file_id id;

	return ldso_fstat(fd, &id) == 0 && (id.mode & S_IFMT) == S_IFREG &&
	       (id.mode & S_ISUID);
}
