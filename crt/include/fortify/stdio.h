/*
 * Fortified printf family, included at the end of <stdio.h> when
 * _FORTIFY_SOURCE > 0 and optimising.  See fortify/string.h for how the
 * wrappers work.  The flag argument of the __*_chk functions is
 * _FORTIFY_SOURCE - 1, as glibc passes it; libssp does not use it.
 *
 * sprintf and snprintf forward their variable arguments with
 * __builtin_va_arg_pack, which only works in an always_inline function.
 */
#ifndef FORTIFY_STDIO_H
#define FORTIFY_STDIO_H

#include <stdarg.h>
#include <stddef.h>

int __sprintf_chk(char *__s, int __flag, size_t __slen, const char *__fmt,
		  ...);
int __snprintf_chk(char *__s, size_t __maxlen, int __flag, size_t __slen,
		   const char *__fmt, ...);
int __vsprintf_chk(char *__s, int __flag, size_t __slen, const char *__fmt,
		   va_list __ap);
int __vsnprintf_chk(char *__s, size_t __maxlen, int __flag, size_t __slen,
		    const char *__fmt, va_list __ap);
char *__gets_chk(char *__s, size_t __slen);

#include "bos.h"

#if __FORTIFY_LEVEL > 0

__fortify_function int
sprintf(char *__restrict __s, const char *__restrict __fmt, ...)
{
	return __builtin___sprintf_chk(__s, __FORTIFY_LEVEL - 1,
				       __fortify_bos(__s), __fmt,
				       __builtin_va_arg_pack());
}

__fortify_function int
snprintf(char *__restrict __s, size_t __n, const char *__restrict __fmt, ...)
{
	return __builtin___snprintf_chk(__s, __n, __FORTIFY_LEVEL - 1,
					__fortify_bos(__s), __fmt,
					__builtin_va_arg_pack());
}

__fortify_function int
vsprintf(char *__restrict __s, const char *__restrict __fmt, va_list __ap)
{
	return __builtin___vsprintf_chk(__s, __FORTIFY_LEVEL - 1,
					__fortify_bos(__s), __fmt, __ap);
}

__fortify_function int
vsnprintf(char *__restrict __s, size_t __n, const char *__restrict __fmt,
	  va_list __ap)
{
	return __builtin___vsnprintf_chk(__s, __n, __FORTIFY_LEVEL - 1,
					 __fortify_bos(__s), __fmt, __ap);
}

#endif
#endif
