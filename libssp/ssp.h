/*
 * Private interface of libssp: the one failure path and the small string
 * and formatting helpers the checks share.  Nothing here is exported from
 * libssp.so; the public names are the ones GCC and the fortify headers call
 * (__stack_chk_*, __*_chk, __chk_fail).
 *
 * libssp uses no libc at all, so that it works unchanged in glibc
 * processes, in processes of our crt runtime and in libc-free programs.
 */
#ifndef SSP_H
#define SSP_H

#include <stdarg.h>
#include <stddef.h>

#define SSP_HIDDEN __attribute__((visibility("hidden")))

/* Writes the whole line to fd 2, then kills the process with SIGABRT. */
SSP_HIDDEN __attribute__((noreturn, no_stack_protector))
void ssp_die(const char *line, size_t len);

/* vsnprintf for the integer, character and string conversions of C99. */
SSP_HIDDEN int ssp_vsnprintf(char *buf, size_t size, const char *fmt,
			     va_list ap);

void __chk_fail(void) __attribute__((noreturn));

static inline size_t ssp_strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return p - s;
}

static inline size_t ssp_strnlen(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n])
		n++;
	return n;
}

/*
 * Byte loops rather than calls to memcpy: libssp must not depend on a
 * libc's memcpy, and -fno-tree-loop-distribute-patterns keeps the compiler
 * from turning these loops back into such calls.
 */
static inline void ssp_copy(char *dst, const char *src, size_t len)
{
	while (len--)
		*dst++ = *src++;
}

#endif
