/*
 * The checked memory functions called by fortified code (and by GCC's
 * __builtin___mem*_chk).  dstlen is the size the compiler knows for the
 * destination, or (size_t)-1 when it knows none.
 *
 * The copies are written out here rather than calling memcpy: libssp
 * depends on no libc.  They are simple byte loops; code that needs speed
 * gets the plain functions whenever the compiler can prove the bounds.
 */
#include <stdint.h>
#include "fortify/string.h"
#include "ssp.h"

void *__memcpy_chk(void *dst, const void *src, size_t len, size_t dstlen)
{
	if (len > dstlen)
		__chk_fail();
	ssp_copy(dst, src, len);
	return dst;
}

/* Copies backwards when the destination overlaps the source's tail. */
void *__memmove_chk(void *dst, const void *src, size_t len, size_t dstlen)
{
	char *d = dst;
	const char *s = src;

	if (len > dstlen)
		__chk_fail();
	if ((uintptr_t)d - (uintptr_t)s >= len) {
		ssp_copy(d, s, len);
		return dst;
	}
	while (len--)
		d[len] = s[len];
	return dst;
}

void *__mempcpy_chk(void *dst, const void *src, size_t len, size_t dstlen)
{
	if (len > dstlen)
		__chk_fail();
	ssp_copy(dst, src, len);
	return (char *)dst + len;
}

void *__memset_chk(void *dst, int c, size_t len, size_t dstlen)
{
	unsigned char *d = dst;

	if (len > dstlen)
		__chk_fail();
	while (len--)
		*d++ = (unsigned char)c;
	return dst;
}
