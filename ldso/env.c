/*
 * The environment the loader reads, and secure mode.
 *
 * Secure mode is on when the kernel says so (AT_SECURE: set-uid, set-gid,
 * file capabilities), when real and effective ids differ, or when the
 * auxiliary vector lacks the id entries and we cannot tell.  Then every
 * LD_* variable that changes what is loaded or where output goes is
 * ignored AND removed from the environment the program sees, so it cannot
 * reach a child either.  LD_PRELOAD keeps only plain names searched in the
 * default directories, as glibc does.  Nothing from the environment is
 * ever copied into a fixed-size buffer without a length check.
 */
#include "ldso.h"

/* Variables that change what is loaded or where output goes. */
static const char *const unsafe[] = {
	"LD_LIBRARY_PATH", "LD_PRELOAD", "LD_DEBUG_OUTPUT", "LD_DEBUG",
	"LD_BIND_NOW", "LD_BIND_NOT", "LD_AUDIT", "LD_PROFILE",
	"LD_ORIGIN_PATH", "LD_TRACE_LOADED_OBJECTS", "LD_DYNAMIC_WEAK",
	"LD_USE_LOAD_BIAS", "LD_SHOW_AUXV", "LD_HWCAP_MASK",
};

static const char *env_value(const char *entry, const char *name)
{
	size_t n = ldso_strlen(name);

	if (ldso_strncmp(entry, name, n) || entry[n] != '=')
		return 0;
	return entry + n + 1;
}

static bool is_unsafe(const char *entry)
{
	for (size_t i = 0; i < sizeof(unsafe) / sizeof(unsafe[0]); i++) {
		size_t n = ldso_strlen(unsafe[i]);
		if (!ldso_strncmp(entry, unsafe[i], n) && entry[n] == '=')
			return true;
	}
	return false;
}

/*
 * Drop envp[i]: everything after it up to the end of the auxiliary
 * vector moves down one word, so the program still finds auxv right
 * after the environment's NULL.
 */
static void remove_entry(size_t i)
{
	uintptr_t *from = (uintptr_t *)&ldso.envp[i];
	uintptr_t *end = ldso.auxv;

	while (end[0] != AT_NULL)
		end += 2;
	end += 2;
	memmove(from, from + 1, (end - from - 1) * sizeof(*from));
	ldso.auxv--;
}

static bool ids_known(void)
{
	bool seen[AUX_COUNT] = { false };

	for (uintptr_t *p = ldso.auxv; p[0] != AT_NULL; p += 2)
		if (p[0] < AUX_COUNT)
			seen[p[0]] = true;
	return seen[AT_UID] && seen[AT_EUID] && seen[AT_GID] && seen[AT_EGID];
}

void ldso_read_environment(void)
{
	const uintptr_t *a = ldso.aux;
	const char *debug = 0, *debug_output = 0;

	ldso.secure = a[AT_SECURE] || a[AT_UID] != a[AT_EUID] ||
		      a[AT_GID] != a[AT_EGID] || !ids_known();
	for (size_t i = 0; ldso.envp[i];) {
		const char *e = ldso.envp[i], *v;
		if (ldso.secure && is_unsafe(e)) {
			/* glibc still preloads plain names from the default
			 * directories; load.c enforces that. */
			if ((v = env_value(e, "LD_PRELOAD")))
				ldso.preload = v;
			remove_entry(i);
			continue;
		}
		if ((v = env_value(e, "LD_LIBRARY_PATH")))
			ldso.library_path = v;
		else if ((v = env_value(e, "LD_PRELOAD")))
			ldso.preload = v;
		else if ((v = env_value(e, "LD_DEBUG")))
			debug = v;
		else if ((v = env_value(e, "LD_DEBUG_OUTPUT")))
			debug_output = v;
		else if ((v = env_value(e, "LD_TRACE_LOADED_OBJECTS")))
			ldso.list_mode = *v != 0;
		else if ((v = env_value(e, "LD_BIND_NOW")))
			ldso.bind_now = *v != 0;
		else if ((v = env_value(e, "LD_BIND_NOT")))
			ldso.bind_not = *v != 0;
		i++;
	}
	ldso_trace_setup(debug, debug_output);
}
