/*
 * The loader's own runtime: the string functions it uses and the ones the
 * compiler may emit calls to (memcpy, memset, memmove, memcmp), and a small
 * allocator.  Built freestanding like the rest; nothing comes from a libc.
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

/*
 * Size classes of 2^k bytes (16 bytes to 64 KiB), each with a free list,
 * carved from anonymous mappings; larger requests get a mapping of their
 * own, returned to the kernel on free.  Each block starts with a 16-byte
 * header holding its class, so blocks stay 16-byte aligned.  Memory comes
 * back zeroed.  dlclose frees what dlopen allocated, so a thousand
 * open/close cycles do not grow the process.
 */
#define MIN_SHIFT 4
#define MAX_SHIFT 16
#define HEADER 16
#define ARENA (256 * 1024)

struct free_block {
	struct free_block *next;
};

static struct free_block *free_lists[MAX_SHIFT + 1];
static char *arena;
static size_t arena_left;

static unsigned size_class(size_t size)
{
	unsigned k = MIN_SHIFT;

	while (((size_t)1 << k) < size)
		k++;
	return k;
}

static void *map_anonymous(size_t len)
{
	void *m = ldso_mmap(0, len, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (ldso_mmap_failed(m))
		ldso_fail(0, "out of memory");
	return m;
}

static char *carve(size_t len)
{
	char *p;

	if (len > arena_left) {
		arena = map_anonymous(ARENA);
		arena_left = ARENA;
	}
	p = arena;
	arena += len;
	arena_left -= len;
	return p;
}

void *ldso_alloc(size_t size)
{
	unsigned k;
	char *p;

	if (size > ((size_t)1 << MAX_SHIFT) - HEADER) {
		size_t len = ldso_page_up(size + HEADER);
		p = map_anonymous(len);
		*(size_t *)p = len;
		return p + HEADER;
	}
	k = size_class(size + HEADER);
	if (free_lists[k]) {
		p = (char *)free_lists[k];
		free_lists[k] = free_lists[k]->next;
		memset(p, 0, (size_t)1 << k);
	} else {
		p = carve((size_t)1 << k);
	}
	*(size_t *)p = k;
	return p + HEADER;
}

void ldso_free(void *ptr)
{
	char *p = (char *)ptr - HEADER;
	size_t k;

	if (!ptr)
		return;
	k = *(size_t *)p;
	if (k > MAX_SHIFT) {
		ldso_munmap(p, k);
		return;
	}
	((struct free_block *)p)->next = free_lists[k];
	free_lists[k] = (struct free_block *)p;
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
