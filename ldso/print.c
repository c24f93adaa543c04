/*
 * Formatted output for diagnostics, and the loader's one way to fail:
 * `ld.so: <file>: <problem>` on stderr and exit status 127.
 *
 * The formatter knows %s %c %d %u %x %p %% with the l and z length
 * modifiers, a field width and the 0 and - flags: what our messages use.
 * Each message is built in a stack buffer and written with one write(2),
 * so lines from several processes do not interleave.
 */
#include "ldso.h"

struct out {
	char buf[1024];
	size_t len;
};

static void put_char(struct out *o, char c)
{
	if (o->len < sizeof(o->buf))
		o->buf[o->len++] = c;
}

static void put_padded(struct out *o, const char *s, size_t n, int width,
		       bool left, char pad)
{
	int fill = width > (int)n ? width - (int)n : 0;

	if (!left)
		while (fill-- > 0)
			put_char(o, pad);
	while (n--)
		put_char(o, *s++);
	if (left)
		while (fill-- > 0)
			put_char(o, ' ');
}

static void put_number(struct out *o, uint64_t v, unsigned base, bool negative,
		       int width, bool left, char pad)
{
	char digits[24];
	size_t n = sizeof(digits);

	do {
		digits[--n] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	if (negative)
		digits[--n] = '-';
	put_padded(o, digits + n, sizeof(digits) - n, width, left, pad);
}

static void format(struct out *o, const char *fmt, va_list ap)
{
	for (; *fmt; fmt++) {
		int width = 0, longs = 0;
		bool left = false;
		char pad = ' ';

		if (*fmt != '%') {
			put_char(o, *fmt);
			continue;
		}
		fmt++;
		if (*fmt == '-')
			left = true, fmt++;
		if (*fmt == '0')
			pad = '0', fmt++;
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + (*fmt++ - '0');
		/* size_t is as wide as long on both arches: z counts as l */
		while (*fmt == 'l' || *fmt == 'z')
			longs++, fmt++;
		switch (*fmt) {
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (!s)
				s = "(null)";
			put_padded(o, s, ldso_strlen(s), width, left, ' ');
			break;
		}
		case 'c':
			put_char(o, (char)va_arg(ap, int));
			break;
		case 'd': {
			int64_t v = longs >= 2 ? va_arg(ap, long long)
				  : longs ? va_arg(ap, long) : va_arg(ap, int);
			put_number(o, v < 0 ? -(uint64_t)v : (uint64_t)v, 10,
				   v < 0, width, left, pad);
			break;
		}
		case 'u':
		case 'x': {
			uint64_t v = longs >= 2 ? va_arg(ap, unsigned long long)
				   : longs ? va_arg(ap, unsigned long)
				   : va_arg(ap, unsigned);
			put_number(o, v, *fmt == 'u' ? 10 : 16, false, width,
				   left, pad);
			break;
		}
		case 'p':
			put_char(o, '0');
			put_char(o, 'x');
			put_number(o, (uintptr_t)va_arg(ap, void *), 16, false,
				   width, left, pad);
			break;
		case '%':
			put_char(o, '%');
			break;
		default:
			return;
		}
	}
}

/* Format into buf (always terminated); returns the length. */
size_t ldso_format(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct out o;
	size_t n;

	o.len = 0;
	format(&o, fmt, ap);
	n = o.len < size ? o.len : size - 1;
	memcpy(buf, o.buf, n);
	buf[n] = 0;
	return n;
}

size_t ldso_snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	size_t n;

	if (size == 0)
		return 0;
	va_start(ap, fmt);
	n = ldso_format(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

void ldso_vprintf(int fd, const char *fmt, va_list ap)
{
	struct out o;

	ldso_worker_gate();	/* output is in relocation order (worker.c) */
	o.len = 0;
	format(&o, fmt, ap);
	ldso_write(fd, o.buf, o.len);
}

void ldso_printf(int fd, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	ldso_vprintf(fd, fmt, ap);
	va_end(ap);
}

static void vreport(const char *file, const char *fmt, va_list ap)
{
	struct out o;
	const char *prefix = "ld.so: ";

	o.len = 0;
	while (*prefix)
		put_char(&o, *prefix++);
	if (file) {
		while (*file)
			put_char(&o, *file++);
		put_char(&o, ':');
		put_char(&o, ' ');
	}
	format(&o, fmt, ap);
	if (o.len == sizeof(o.buf))
		o.len--;
	o.buf[o.len++] = '\n';
	ldso_write(2, o.buf, o.len);
}

/*
 * While dlopen is at work, problems are not printed: the first one becomes
 * dlerror's message ("<file>: <problem>").
 */
static void keep_for_dlerror(const char *file, const char *fmt, va_list ap)
{
	struct out o;

	if (ldso.dl_error_set)
		return;
	o.len = 0;
	while (file && *file)
		put_char(&o, *file++);
	if (o.len) {
		put_char(&o, ':');
		put_char(&o, ' ');
	}
	format(&o, fmt, ap);
	if (o.len >= sizeof(ldso.dl_error))
		o.len = sizeof(ldso.dl_error) - 1;
	memcpy(ldso.dl_error, o.buf, o.len);
	ldso.dl_error[o.len] = 0;
	ldso.dl_error_set = true;
}

/* Report a problem and go on: used where several can be found at once. */
void ldso_error(const char *file, const char *fmt, ...)
{
	va_list ap;

	ldso_worker_gate();
	va_start(ap, fmt);
	if (ldso.dl_recover)
		keep_for_dlerror(file, fmt, ap);
	else
		vreport(file, fmt, ap);
	va_end(ap);
}

/* The one way to fail: exit 127, or, inside dlopen, back to dlopen. */
void ldso_fail(const char *file, const char *fmt, ...)
{
	va_list ap;

	ldso_worker_gate();
	va_start(ap, fmt);
	if (ldso.dl_recover) {
		keep_for_dlerror(file, fmt, ap);
		va_end(ap);
		ldso_longjmp(ldso.dl_recover, 1);
	}
	vreport(file, fmt, ap);
	va_end(ap);
	ldso_exit(LDSO_EXIT_FAILURE);
}

void ldso_exit(int status)
{
	for (;;)
		arch_syscall1(SYS_exit_group, status);
}
