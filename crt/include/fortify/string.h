/*
 * Fortified string functions, in the style of glibc's
 * bits/string_fortified.h: included at the end of <string.h> when
 * _FORTIFY_SOURCE > 0 and optimising.  Each wrapper passes the size the
 * compiler knows for the destination to a __*_chk function of libssp,
 * which aborts with "*** buffer overflow detected ***" rather than write
 * past it.  The __builtin___*_chk forms let GCC drop the check when it can
 * prove the copy fits, and warn at compile time when it can prove it
 * does not.
 *
 * Object sizes: the mem* functions use the whole enclosing object (type 0),
 * because copying or clearing across the members of one struct is a common,
 * legitimate idiom; the str* functions use the closest enclosing member
 * (type 1) at _FORTIFY_SOURCE >= 2, as glibc does.  _FORTIFY_SOURCE >= 3
 * also sizes run-time allocations (__builtin_dynamic_object_size).
 *
 * The prototypes of the __*_chk functions are declared here whatever the
 * level, so libssp compiles its definitions against them.
 */
#ifndef FORTIFY_STRING_H
#define FORTIFY_STRING_H

#include <stddef.h>

void *__memcpy_chk(void *__dst, const void *__src, size_t __len,
		   size_t __dstlen);
void *__memmove_chk(void *__dst, const void *__src, size_t __len,
		    size_t __dstlen);
void *__mempcpy_chk(void *__dst, const void *__src, size_t __len,
		    size_t __dstlen);
void *__memset_chk(void *__dst, int __c, size_t __len, size_t __dstlen);
char *__strcpy_chk(char *__dst, const char *__src, size_t __dstlen);
char *__stpcpy_chk(char *__dst, const char *__src, size_t __dstlen);
char *__strncpy_chk(char *__dst, const char *__src, size_t __len,
		    size_t __dstlen);
char *__strcat_chk(char *__dst, const char *__src, size_t __dstlen);
char *__strncat_chk(char *__dst, const char *__src, size_t __len,
		    size_t __dstlen);

#include "bos.h"

#if __FORTIFY_LEVEL > 0

__fortify_function void *
memcpy(void *__restrict __dst, const void *__restrict __src, size_t __len)
{
	return __builtin___memcpy_chk(__dst, __src, __len,
				      __fortify_bos0(__dst));
}

__fortify_function void *
memmove(void *__dst, const void *__src, size_t __len)
{
	return __builtin___memmove_chk(__dst, __src, __len,
				       __fortify_bos0(__dst));
}

__fortify_function void *
mempcpy(void *__restrict __dst, const void *__restrict __src, size_t __len)
{
	return __builtin___mempcpy_chk(__dst, __src, __len,
				       __fortify_bos0(__dst));
}

__fortify_function void *
memset(void *__dst, int __c, size_t __len)
{
	return __builtin___memset_chk(__dst, __c, __len,
				      __fortify_bos0(__dst));
}

__fortify_function char *
strcpy(char *__restrict __dst, const char *__restrict __src)
{
	return __builtin___strcpy_chk(__dst, __src, __fortify_bos(__dst));
}

__fortify_function char *
stpcpy(char *__restrict __dst, const char *__restrict __src)
{
	return __builtin___stpcpy_chk(__dst, __src, __fortify_bos(__dst));
}

__fortify_function char *
strncpy(char *__restrict __dst, const char *__restrict __src, size_t __len)
{
	return __builtin___strncpy_chk(__dst, __src, __len,
				       __fortify_bos(__dst));
}

__fortify_function char *
strcat(char *__restrict __dst, const char *__restrict __src)
{
	return __builtin___strcat_chk(__dst, __src, __fortify_bos(__dst));
}

__fortify_function char *
strncat(char *__restrict __dst, const char *__restrict __src, size_t __len)
{
	return __builtin___strncat_chk(__dst, __src, __len,
				       __fortify_bos(__dst));
}

#endif
#endif
