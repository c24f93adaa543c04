/*
 * The loader's own string functions: the ones it uses and the ones the
 * compiler may emit calls to (memcpy, memset, memmove, memcmp).  Built
 * freestanding like the rest; nothing comes from a libc.  The bottom
 * layer: these call nothing, so every other file may use them.
 */
#include "ldso.h"

/*
 * A word at a time where both ends allow it: struct dso, the header copies
 * and the partial bss page are kilobytes, and a byte loop made memset most
 * of a small program's start-up.  The word type may alias anything.
 */
typedef uintptr_t __attribute__((__may_alias__)) word;
#define WORD sizeof(word)

void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (ARCH_COPY_ANY_ALIGNMENT || (uintptr_t)d % WORD == (uintptr_t)s % WORD) {
		for (; n && (uintptr_t)d % WORD; n--)
			*d++ = *s++;
		arch_copy_words(d, s, n / WORD);
		d += n / WORD * WORD;
		s += n / WORD * WORD;
		n %= WORD;
	}
	while (n--)
		*d++ = *s++;
	return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d <= s)
		return memcpy(dst, src, n);
	while (n--)
		d[n] = s[n];
	return dst;
}

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	word w = (unsigned char)c * (UINTPTR_MAX / 0xff);

	for (; n && (uintptr_t)d % WORD; n--)
		*d++ = (unsigned char)c;
	arch_fill_words(d, w, n / WORD);
	d += n / WORD * WORD;
	n %= WORD;
	while (n--)
		*d++ = (unsigned char)c;
	return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;

	for (; n; n--, x++, y++)
		if (*x != *y)
			return *x - *y;
	return 0;
}

/* A zero byte in x?  (Borrows only reach bytes above the first zero.) */
static word zero_byte(word x)
{
	const word ones = (word)-1 / 0xff;

	return (x - ones) & ~x & ones << 7;
}

/*
 * A word at a time from the first aligned word: an aligned word that
 * holds a byte of the string lies in the string's page, so reading all of
 * it is safe whatever follows the terminator.  Paths are the long strings
 * here (every search and every object's name).
 */
size_t ldso_strlen(const char *s)
{
	const char *p = s;
	const word *w;

	for (; (uintptr_t)p % WORD; p++)
		if (!*p)
			return p - s;
	for (w = (const word *)p; !zero_byte(*w); w++)
		;
	for (p = (const char *)w; *p; p++)
		;
	return p - s;
}

size_t ldso_strnlen(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n])
		n++;
	return n;
}

int ldso_strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

int ldso_strncmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++) {
		if (*a != *b)
			return (unsigned char)*a - (unsigned char)*b;
		if (!*a)
			return 0;
	}
	return 0;
}

/* Words skipped as in ldso_strlen while they hold neither c nor the end. */
char *ldso_strchr(const char *s, int c)
{
	const word cs = (word)-1 / 0xff * (unsigned char)c;
	const word *w;

	for (; (uintptr_t)s % WORD; s++)
		if (*s == (char)c || !*s)
			return *s == (char)c ? (char *)s : 0;
	for (w = (const word *)s; !zero_byte(*w) && !zero_byte(*w ^ cs); w++)
		;
	for (s = (const char *)w; *s != (char)c; s++)
		if (!*s)
			return 0;
	return (char *)s;
}

/*
 * The directory part of path: where it starts and its length; "." when
 * the path has no '/', "/" for a file in the root.
 */
size_t ldso_dirname(const char *path, const char **dir)
{
	size_t len = 0;

	for (size_t i = 0; path[i]; i++)
		if (path[i] == '/')
			len = i;
	if (len == 0 && path[0] != '/') {
		*dir = ".";
		return 1;
	}
	*dir = path;
	return len ? len : 1;
}

const char *ldso_strerror(long err)
{
	switch (-err) {
	case 1: return "Operation not permitted";
	case ENOENT: return "No such file or directory";
	case 4: return "Interrupted system call";
	case 5: return "Input/output error";
	case ENOEXEC: return "Exec format error";
	case 9: return "Bad file descriptor";
	case 11: return "Resource temporarily unavailable";
	case EACCES: return "Permission denied";
	case 14: return "Bad address";
	case ENOTDIR: return "Not a directory";
	case EISDIR: return "Is a directory";
	case 22: return "Invalid argument";
	case 23: return "Too many open files in system";
	case 24: return "Too many open files";
	case ENAMETOOLONG: return "File name too long";
	case 12: return "Cannot allocate memory";
	case 40: return "Too many levels of symbolic links";
	}
	return "Unknown error";
}
