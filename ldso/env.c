/*
 * The environment the loader reads.
 *
 * In secure mode (secure.c decides it) every variable on secure.c's list
 * is ignored AND removed from the environment the program sees, so it
 * cannot reach a child either.  LD_PRELOAD keeps only plain names,
 * searched in the default directories (load.c and search.c enforce it),
 * as glibc does.  Nothing from the environment is ever copied into a
 * fixed-size buffer without a length check.
 */
#include "ldso.h"

static const char *env_value(const char *entry, const char *name)
{
	size_t n = ldso_strlen(name);

	if (ldso_strncmp(entry, name, n) || entry[n] != '=')
		return 0;
	return entry + n + 1;
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

/*
 * valgrind runs its tools' code in the program through preloads named
 * vgpreload_*.so (vgpreload_core-amd64-linux.so always), and learns an
 * object's layout from the mmaps it sees: map.c then maps each segment
 * on its own, as glibc does.  Nothing else changes under valgrind.
 */
static bool names_valgrind_preload(const char *list)
{
	static const char name[] = "vgpreload_";

	/* A name starts after a '/': a compare there, not at each byte
	 * (under callgrind, 800 instructions of a tiny program's 37,000). */
	for (const char *p = list; (p = ldso_strchr(p, '/')); p++)
		if (!ldso_strncmp(p + 1, name, sizeof(name) - 1))
			return true;
	return false;
}

void ldso_read_environment(void)
{
	const char *debug = 0, *debug_output = 0;

	for (size_t i = 0; ldso.envp[i];) {
		const char *e = ldso.envp[i], *v;
		if (ldso.secure && ldso_secure_unsafe_variable(e)) {
			/* glibc still preloads plain names from the default
			 * directories; load.c enforces that. */
			if ((v = env_value(e, "LD_PRELOAD"))) {
				ldso.preload = v;
				ldso.map_each_segment = names_valgrind_preload(v);
			}
			remove_entry(i);
			continue;
		}
		/* Every name below starts so: most of an environment is
		 * passed over with three compares instead of seven calls. */
		if (e[0] != 'L' || e[1] != 'D' || e[2] != '_') {
			i++;
			continue;
		}
		if ((v = env_value(e, "LD_LIBRARY_PATH")))
			ldso.library_path = v;
		else if ((v = env_value(e, "LD_PRELOAD"))) {
			ldso.preload = v;
			ldso.map_each_segment = names_valgrind_preload(v);
		} else if ((v = env_value(e, "LD_DEBUG")))
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
