/*
 * The checked printf family.  Output goes through libssp's own formatter
 * (format.c), bounded by the destination, so nothing is ever written past
 * it; a result that did not fit is then reported as an overflow, as GCC's
 * libssp and glibc do.  The flag argument (glibc's fortify level - 1) is
 * not used: the formatter refuses %n at every level.
 */
#include "fortify/stdio.h"
#include "ssp.h"

int __vsnprintf_chk(char *s, size_t maxlen, int flag, size_t slen,
		    const char *fmt, va_list ap)
{
	(void)flag;
	if (maxlen > slen)
		__chk_fail();
	return ssp_vsnprintf(s, maxlen, fmt, ap);
}

int __vsprintf_chk(char *s, int flag, size_t slen, const char *fmt,
		   va_list ap)
{
	int n;

	(void)flag;
	n = ssp_vsnprintf(s, slen, fmt, ap);
	if (n >= 0 && (size_t)n >= slen)
		__chk_fail();
	return n;
}

int __snprintf_chk(char *s, size_t maxlen, int flag, size_t slen,
		   const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = __vsnprintf_chk(s, maxlen, flag, slen, fmt, ap);
	va_end(ap);
	return n;
}

int __sprintf_chk(char *s, int flag, size_t slen, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = __vsprintf_chk(s, flag, slen, fmt, ap);
	va_end(ap);
	return n;
}
