/*
 * The printf family: each variant picks a sink for __crt_format()
 * (crt/format.c).  dprintf writes through a FILE of its own, on the
 * stack, so that it goes out in a few write()s.
 */
#include <limits.h>
#include <stdio.h>

#include "internal.h"

struct file_out {
	struct __crt_out out;
	FILE *file;
};

struct string_out {
	struct __crt_out out;
	char *buf;
	size_t room;	/* bytes left for characters, not counting the NUL */
};

static void write_file(struct __crt_out *out, const char *s, size_t len)
{
	struct file_out *fo = (struct file_out *)out;

	__crt_file_put(fo->file, s, len);
}

static void write_string(struct __crt_out *out, const char *s, size_t len)
{
	struct string_out *so = (struct string_out *)out;

	if (len > so->room)
		len = so->room;
	for (so->room -= len; len; len--)
		*so->buf++ = *s++;
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct file_out fo = { { write_file, 0 }, f };
	int n, r;

	__crt_lock(&__crt_stdio_lock);
	n = __crt_format(&fo.out, fmt, ap);
	r = __crt_file_done(f);
	__crt_unlock(&__crt_stdio_lock);
	return r < 0 ? -1 : n;
}

int vsnprintf(char *restrict buf, size_t size, const char *restrict fmt,
	      va_list ap)
{
	struct string_out so = { { write_string, 0 }, buf, size ? size - 1 : 0 };
	int n = __crt_format(&so.out, fmt, ap);

	if (size)
		*so.buf = 0;
	return n;
}

int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap)
{
	return vsnprintf(buf, INT_MAX, fmt, ap);
}

int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	char buf[256];
	FILE f = { .fd = fd, .mode = CRT_FULLBUF, .size = sizeof buf,
		   .buf = buf };
	int n = vfprintf(&f, fmt, ap);

	if (fflush(&f) < 0 || f.error)
		return -1;
	return n;
}

int vprintf(const char *restrict fmt, va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}

int printf(const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return n;
}

int fprintf(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfprintf(f, fmt, ap);
	va_end(ap);
	return n;
}

int dprintf(int fd, const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vdprintf(fd, fmt, ap);
	va_end(ap);
	return n;
}

int sprintf(char *restrict buf, const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsprintf(buf, fmt, ap);
	va_end(ap);
	return n;
}

int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}
