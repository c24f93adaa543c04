/*
 * stdout and stderr, and the calls that write to a stream.  Each call
 * puts its bytes with __crt_file_put() and ends with __crt_file_done(),
 * which flushes as the stream's mode asks.  Before stderr writes, stdout
 * is flushed, so that output reaches a shared terminal or file in the
 * order the program produced it.
 *
 * Each public call holds __crt_stdio_lock from its first put to its done,
 * so that lines written by several threads come out whole, never mixed.
 * One lock for both streams: a stderr write flushes stdout.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

static char stdout_buf[BUFSIZ];
static char stderr_buf[BUFSIZ];

static FILE stdout_file = {
	.fd = 1, .mode = CRT_LINEBUF, .size = BUFSIZ, .buf = stdout_buf,
};
static FILE stderr_file = {
	.fd = 2, .mode = CRT_UNBUF, .size = BUFSIZ, .buf = stderr_buf,
};

struct __crt_lock __crt_stdio_lock;

FILE *const (stdout) = &stdout_file;
FILE *const (stderr) = &stderr_file;

static int flush_file(FILE *f)
{
	size_t len = f->len;

	f->len = 0;
	if (len && __crt_write_all(f->fd, f->buf, len) < 0) {
		f->error = 1;
		return EOF;
	}
	return 0;
}

void __crt_file_put(FILE *f, const char *s, size_t len)
{
	if (f->len + len > f->size) {
		flush_file(f);
		if (len >= f->size) {
			if (__crt_write_all(f->fd, s, len) < 0)
				f->error = 1;
			return;
		}
	}
	memcpy(f->buf + f->len, s, len);
	f->len += len;
}

int __crt_file_done(FILE *f)
{
	if (f->mode == CRT_UNBUF) {
		if (f != &stdout_file)
			flush_file(&stdout_file);
		flush_file(f);
	} else if (f->mode == CRT_LINEBUF && memchr(f->buf, '\n', f->len)) {
		flush_file(f);
	}
	return f->error ? EOF : 0;
}

int fflush(FILE *f)
{
	int r;

	__crt_lock(&__crt_stdio_lock);
	if (f) {
		r = flush_file(f);
	} else {
		r = flush_file(&stdout_file);
		if (flush_file(&stderr_file) < 0)
			r = EOF;
	}
	__crt_unlock(&__crt_stdio_lock);
	return r;
}

int ferror(FILE *f)
{
	return f->error;
}

size_t fwrite(const void *restrict p, size_t size, size_t n,
	      FILE *restrict f)
{
	size_t len = size * n;

	int r;

	if (!len)
		return 0;
	__crt_lock(&__crt_stdio_lock);
	__crt_file_put(f, p, len);
	r = __crt_file_done(f);
	__crt_unlock(&__crt_stdio_lock);
	return r < 0 ? 0 : n;
}

int fputs(const char *restrict s, FILE *restrict f)
{
	int r;

	__crt_lock(&__crt_stdio_lock);
	__crt_file_put(f, s, strlen(s));
	r = __crt_file_done(f);
	__crt_unlock(&__crt_stdio_lock);
	return r;
}

int puts(const char *s)
{
	int r;

	__crt_lock(&__crt_stdio_lock);
	__crt_file_put(&stdout_file, s, strlen(s));
	__crt_file_put(&stdout_file, "\n", 1);
	r = __crt_file_done(&stdout_file);
	__crt_unlock(&__crt_stdio_lock);
	return r;
}

int fputc(int c, FILE *f)
{
	char byte = (char)c;
	int r;

	__crt_lock(&__crt_stdio_lock);
	__crt_file_put(f, &byte, 1);
	r = __crt_file_done(f);
	__crt_unlock(&__crt_stdio_lock);
	return r < 0 ? EOF : (unsigned char)c;
}

int putc(int c, FILE *f)
{
	return fputc(c, f);
}

int putchar(int c)
{
	return fputc(c, &stdout_file);
}
