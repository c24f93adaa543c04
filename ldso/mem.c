/*
 * The loader's own runtime: the string functions it uses and the ones the
 * compiler may emit calls to (memcpy, memset, memmove, memcmp), and a bump
 * allocator.  Built freestanding like the rest; nothing comes from a libc.
 *
 * The allocator hands out memory from anonymous mappings and never frees:
 * the loader allocates once per object at start-up, and what it allocates
 * lives as long as the process.
 */
#include "ldso.h"

void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

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

size_t ldso_strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
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

char *ldso_strchr(const char *s, int c)
{
	for (; *s; s++)
		if (*s == (char)c)
			return (char *)s;
	return c ? 0 : (char *)s;
}

const char *ldso_strerror(long err)
{
	switch (-err) {
	case ENOENT: return "No such file or directory";
	case ENOEXEC: return "Exec format error";
	case EACCES: return "Permission denied";
	case ENOTDIR: return "Not a directory";
	case EISDIR: return "Is a directory";
	case ENAMETOOLONG: return "File name too long";
	case 12: return "Cannot allocate memory";
	case 40: return "Too many levels of symbolic links";
	}
	return "I/O error";
}

static char *pool;
static size_t pool_left;

void *ldso_alloc(size_t size)
{
	void *p;

	size = (size + 15) & ~(size_t)15;
	if (size > pool_left) {
		size_t chunk = size > 65536 ? ldso_page_up(size) : 65536;
		void *m = ldso_mmap(0, chunk, PROT_READ | PROT_WRITE,
				    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (ldso_mmap_failed(m))
			ldso_fail(0, "out of memory");
		pool = m;
		pool_left = chunk;
	}
	p = pool;
	pool += size;
	pool_left -= size;
	return p;
}

char *ldso_strndup(const char *s, size_t n)
{
	char *p = ldso_alloc(n + 1);

	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *ldso_strdup(const char *s)
{
	return ldso_strndup(s, ldso_strlen(s));
}
