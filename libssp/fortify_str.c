/*
 * The checked string functions.  dstlen is the size of the destination
 * as the compiler knows it; each check is done before the first byte is
 * written, and never by adding lengths that could wrap around.
 */
#include "fortify/string.h"
#include "ssp.h"

char *__stpcpy_chk(char *dst, const char *src, size_t dstlen)
{
	size_t len = ssp_strlen(src);

	if (len >= dstlen)
		__chk_fail();
	ssp_copy(dst, src, len + 1);
	return dst + len;
}

char *__strcpy_chk(char *dst, const char *src, size_t dstlen)
{
	__stpcpy_chk(dst, src, dstlen);
	return dst;
}

/* Copies at most len bytes and pads with NULs up to len, as strncpy does. */
char *__strncpy_chk(char *dst, const char *src, size_t len, size_t dstlen)
{
	size_t n = ssp_strnlen(src, len);
	size_t i;

	if (len > dstlen)
		__chk_fail();
	ssp_copy(dst, src, n);
	for (i = n; i < len; i++)
		dst[i] = '\0';
	return dst;
}

/* Appends n bytes of src and a NUL to dst, if all of it fits in dstlen. */
static char *append_checked(char *dst, const char *src, size_t n,
			    size_t dstlen)
{
	size_t used = ssp_strnlen(dst, dstlen);

	if (used == dstlen || n >= dstlen - used)
		__chk_fail();
	ssp_copy(dst + used, src, n);
	dst[used + n] = '\0';
	return dst;
}

char *__strcat_chk(char *dst, const char *src, size_t dstlen)
{
	return append_checked(dst, src, ssp_strlen(src), dstlen);
}

char *__strncat_chk(char *dst, const char *src, size_t len, size_t dstlen)
{
	return append_checked(dst, src, ssp_strnlen(src, len), dstlen);
}
