/*
 * The output half of stdio: stdout (line-buffered, so that what a test
 * printed survives a crash line by line) and stderr (written out at the
 * end of every call).  Both are flushed by exit(), abort() and fflush().
 */
#ifndef _STDIO_H
#define _STDIO_H

#include <stdarg.h>
#include <stddef.h>
#include <sys/types.h>

typedef struct __crt_file FILE;

extern FILE *const stdout;
extern FILE *const stderr;
#define stdout (stdout)
#define stderr (stderr)

#define EOF (-1)
#define BUFSIZ 4096

#define __crt_printf_like(f, a) __attribute__((__format__(__printf__, f, a)))

int printf(const char *__restrict fmt, ...) __crt_printf_like(1, 2);
int fprintf(FILE *__restrict f, const char *__restrict fmt, ...)
	__crt_printf_like(2, 3);
int dprintf(int fd, const char *__restrict fmt, ...) __crt_printf_like(2, 3);
int sprintf(char *__restrict buf, const char *__restrict fmt, ...)
	__crt_printf_like(2, 3);
int snprintf(char *__restrict buf, size_t size, const char *__restrict fmt, ...)
	__crt_printf_like(3, 4);
int vprintf(const char *__restrict fmt, va_list ap) __crt_printf_like(1, 0);
int vfprintf(FILE *__restrict f, const char *__restrict fmt, va_list ap)
	__crt_printf_like(2, 0);
int vdprintf(int fd, const char *__restrict fmt, va_list ap)
	__crt_printf_like(2, 0);
int vsprintf(char *__restrict buf, const char *__restrict fmt, va_list ap)
	__crt_printf_like(2, 0);
int vsnprintf(char *__restrict buf, size_t size, const char *__restrict fmt,
	      va_list ap) __crt_printf_like(3, 0);

int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *__restrict s, FILE *__restrict f);
int puts(const char *s);
size_t fwrite(const void *__restrict p, size_t size, size_t n,
	      FILE *__restrict f);
int fflush(FILE *f);
int ferror(FILE *f);
void perror(const char *s);

/* Someone else's checked versions of the above; see crt/include/fortify/. */
#if defined(_FORTIFY_SOURCE) && _FORTIFY_SOURCE > 0 && defined(__OPTIMIZE__)
#include <fortify/stdio.h>
#endif

#endif
