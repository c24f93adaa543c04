/*
 * getenv(), getauxval() and getpagesize(), over what __crt_start found on
 * the stack; and confstr(), for the configuration strings the runtime does
 * not have.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

#include "internal.h"

char *getenv(const char *name)
{
	size_t len = strlen(name);
	char **env;

	if (!environ || !len || strchr(name, '='))
		return 0;
	for (env = environ; *env; env++)
		if (!strncmp(*env, name, len) && (*env)[len] == '=')
			return *env + len + 1;
	return 0;
}

unsigned long getauxval(unsigned long type)
{
	unsigned long *entry;

	for (entry = __crt_auxv; entry && entry[0] != AT_NULL; entry += 2)
		if (entry[0] == type)
			return entry[1];
	errno = ENOENT;
	return 0;
}

/*
 * The runtime has no configuration strings (no _CS_PATH, no threads
 * library version): every name gets POSIX's "no value", 0.  valgrind's
 * drd preload asks for _CS_GNU_LIBPTHREAD_VERSION at start.
 */
size_t confstr(int name, char *buf, size_t len)
{
	(void)name;
	if (buf && len)
		buf[0] = 0;
	return 0;
}

/*
 * valgrind's preloads call it (and need it from the C runtime): they may
 * run before __crt_start has found the auxiliary vector, hence the
 * fallback, the page size of every x86 Linux.
 */
int getpagesize(void)
{
	unsigned long size = __crt_auxv ? getauxval(AT_PAGESZ) : 0;

	return size ? (int)size : 4096;
}
