/*
 * A small vsnprintf for the fortified printf family.  libssp carries its
 * own instead of calling a libc's so that libssp.so has no DT_NEEDED and
 * works in glibc processes, in crt processes and in libc-free ones alike.
 *
 * It handles the C99 conversions d i u o x X c s p %, the flags - + space
 * # 0, width and precision (also as *), and the length modifiers hh h l ll
 * j z t.  Floating-point conversions are not formatted: the argument is
 * consumed, so the ones after it stay in step, and the directive is copied
 * out as written.  %n is refused: it is how a format string turns into a
 * write primitive, and hardened runtimes (bionic, glibc's fortify for
 * writable formats) refuse it too.
 */
#include <stdint.h>
#include "ssp.h"

#define INT_MAX_VALUE 0x7fffffff

enum {
	FLAG_LEFT = 1,
	FLAG_PLUS = 2,
	FLAG_SPACE = 4,
	FLAG_ALT = 8,
	FLAG_ZERO = 16,
};

enum length { LEN_INT, LEN_CHAR, LEN_SHORT, LEN_LONG, LEN_LLONG, LEN_MAX,
	      LEN_SIZE, LEN_PTRDIFF, LEN_LDOUBLE };

struct spec {
	unsigned flags;
	int width;
	int precision;		/* -1: none given */
	enum length length;
	char conversion;
};

/* Output so far; len counts every byte, also those that did not fit. */
struct out {
	char *buf;
	size_t size;
	size_t len;
};

static const char percent_n_line[] = "*** %n in format detected ***: terminated\n";

static void put(struct out *out, char c)
{
	if (out->len + 1 < out->size)
		out->buf[out->len] = c;
	out->len++;
}

static void put_n(struct out *out, const char *s, size_t n)
{
	while (n--)
		put(out, *s++);
}

static void pad(struct out *out, char c, int n)
{
	while (n-- > 0)
		put(out, c);
}

static int parse_number(const char **fmt)
{
	int n = 0;

	while (**fmt >= '0' && **fmt <= '9') {
		if (n <= (INT_MAX_VALUE - 9) / 10)
			n = n * 10 + (**fmt - '0');
		(*fmt)++;
	}
	return n;
}

static unsigned parse_flags(const char **fmt)
{
	unsigned flags = 0;

	for (;; (*fmt)++) {
		switch (**fmt) {
		case '-': flags |= FLAG_LEFT; break;
		case '+': flags |= FLAG_PLUS; break;
		case ' ': flags |= FLAG_SPACE; break;
		case '#': flags |= FLAG_ALT; break;
		case '0': flags |= FLAG_ZERO; break;
		default: return flags;
		}
	}
}

static enum length parse_length(const char **fmt)
{
	const char *p = *fmt;
	enum length length = LEN_INT;

	switch (*p) {
	case 'h': length = p[1] == 'h' ? LEN_CHAR : LEN_SHORT; break;
	case 'l': length = p[1] == 'l' ? LEN_LLONG : LEN_LONG; break;
	case 'j': length = LEN_MAX; break;
	case 'z': length = LEN_SIZE; break;
	case 't': length = LEN_PTRDIFF; break;
	case 'L': length = LEN_LDOUBLE; break;
	default: return LEN_INT;
	}
	*fmt += (length == LEN_CHAR || length == LEN_LLONG) ? 2 : 1;
	return length;
}

/* Reads one directive after its '%'; a negative * width means '-'. */
static void parse_spec(const char **fmt, struct spec *spec, va_list *ap)
{
	spec->flags = parse_flags(fmt);
	if (**fmt == '*') {
		(*fmt)++;
		spec->width = va_arg(*ap, int);
		if (spec->width < 0) {
			spec->flags |= FLAG_LEFT;
			spec->width = spec->width == -INT_MAX_VALUE - 1 ?
				      INT_MAX_VALUE : -spec->width;
		}
	} else {
		spec->width = parse_number(fmt);
	}
	spec->precision = -1;
	if (**fmt == '.') {
		(*fmt)++;
		if (**fmt == '*') {
			(*fmt)++;
			spec->precision = va_arg(*ap, int);
			if (spec->precision < 0)
				spec->precision = -1;
		} else {
			spec->precision = parse_number(fmt);
		}
	}
	spec->length = parse_length(fmt);
	spec->conversion = **fmt;
	if (**fmt)
		(*fmt)++;
}

static long long fetch_signed(va_list *ap, enum length length)
{
	switch (length) {
	case LEN_CHAR: return (signed char)va_arg(*ap, int);
	case LEN_SHORT: return (short)va_arg(*ap, int);
	case LEN_LONG: return va_arg(*ap, long);
	case LEN_LLONG: return va_arg(*ap, long long);
	case LEN_MAX: return va_arg(*ap, intmax_t);
	case LEN_SIZE: return va_arg(*ap, ptrdiff_t);
	case LEN_PTRDIFF: return va_arg(*ap, ptrdiff_t);
	default: return va_arg(*ap, int);
	}
}

static unsigned long long fetch_unsigned(va_list *ap, enum length length)
{
	switch (length) {
	case LEN_CHAR: return (unsigned char)va_arg(*ap, unsigned);
	case LEN_SHORT: return (unsigned short)va_arg(*ap, unsigned);
	case LEN_LONG: return va_arg(*ap, unsigned long);
	case LEN_LLONG: return va_arg(*ap, unsigned long long);
	case LEN_MAX: return va_arg(*ap, uintmax_t);
	case LEN_SIZE: return va_arg(*ap, size_t);
	case LEN_PTRDIFF: return (size_t)va_arg(*ap, ptrdiff_t);
	default: return va_arg(*ap, unsigned);
	}
}

/* Writes the digits of v backwards from end; returns how many. */
static int to_digits(char *end, unsigned long long v, unsigned base,
		     int upper)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	int n = 0;

	while (v) {
		*--end = digits[v % base];
		v /= base;
		n++;
	}
	return n;
}

/*
 * Lays out [spaces][prefix][zeros][digits][spaces].  The 0 flag turns the
 * leading spaces into zeros, unless a precision was given (C99 7.19.6.1).
 */
static void put_number(struct out *out, const struct spec *spec,
		       const char *prefix, const char *digits, int ndigits)
{
	int nprefix = ssp_strlen(prefix);
	int zeros = spec->precision > ndigits ? spec->precision - ndigits : 0;
	int room = spec->width - nprefix - zeros - ndigits;

	if ((spec->flags & (FLAG_ZERO | FLAG_LEFT)) == FLAG_ZERO &&
	    spec->precision < 0) {
		zeros += room;
		room = 0;
	}
	if (!(spec->flags & FLAG_LEFT))
		pad(out, ' ', room);
	put_n(out, prefix, nprefix);
	pad(out, '0', zeros);
	put_n(out, digits, ndigits);
	if (spec->flags & FLAG_LEFT)
		pad(out, ' ', room);
}

static const char *sign_prefix(const struct spec *spec, int negative)
{
	if (negative)
		return "-";
	if (spec->flags & FLAG_PLUS)
		return "+";
	if (spec->flags & FLAG_SPACE)
		return " ";
	return "";
}

static void format_integer(struct out *out, struct spec *spec, va_list *ap)
{
	char buf[3 * sizeof(unsigned long long)];
	char *end = buf + sizeof buf, *digits;
	const char *prefix = "";
	unsigned long long v;
	unsigned base = 10;

	if (spec->conversion == 'd' || spec->conversion == 'i') {
		long long s = fetch_signed(ap, spec->length);
		v = s < 0 ? -(unsigned long long)s : (unsigned long long)s;
		prefix = sign_prefix(spec, s < 0);
	} else {
		v = fetch_unsigned(ap, spec->length);
		if (spec->conversion == 'o')
			base = 8;
		else if (spec->conversion == 'x' || spec->conversion == 'X')
			base = 16;
	}
	digits = end - to_digits(end, v, base, spec->conversion == 'X');
	/* Zero has no digits above; it gets one unless the precision is 0. */
	if (digits == end && spec->precision != 0)
		*--digits = '0';
	/* The # form of octal starts with 0 (C99 7.19.6.1). */
	if ((spec->flags & FLAG_ALT) && base == 8 &&
	    (digits == end || *digits != '0'))
		*--digits = '0';
	if ((spec->flags & FLAG_ALT) && base == 16 && v)
		prefix = spec->conversion == 'X' ? "0X" : "0x";
	put_number(out, spec, prefix, digits, end - digits);
}

/* As glibc does: 0x and hex digits, or (nil). */
static void format_pointer(struct out *out, struct spec *spec, va_list *ap)
{
	char buf[2 * sizeof(void *)];
	uintptr_t v = (uintptr_t)va_arg(*ap, void *);
	int n;

	if (!v) {
		spec->precision = -1;
		spec->flags &= ~FLAG_ZERO;
		put_number(out, spec, "", "(nil)", 5);
		return;
	}
	n = to_digits(buf + sizeof buf, v, 16, 0);
	put_number(out, spec, "0x", buf + sizeof buf - n, n);
}

/* Also serves %c; the precision never applies to it. */
static void put_text(struct out *out, const struct spec *spec,
		     const char *s, size_t n)
{
	int room = spec->width > (long long)n ? spec->width - (int)n : 0;

	if (!(spec->flags & FLAG_LEFT))
		pad(out, ' ', room);
	put_n(out, s, n);
	if (spec->flags & FLAG_LEFT)
		pad(out, ' ', room);
}

static void format_string(struct out *out, const struct spec *spec,
			  va_list *ap)
{
	const char *s = va_arg(*ap, const char *);
	size_t max = spec->precision < 0 ? (size_t)-1 : (size_t)spec->precision;

	/* As glibc does: "(null)", unless the precision would cut it. */
	if (!s)
		s = max < 6 ? "" : "(null)";
	put_text(out, spec, s, ssp_strnlen(s, max));
}

static void skip_float(const struct spec *spec, va_list *ap)
{
	if (spec->length == LEN_LDOUBLE)
		(void)va_arg(*ap, long double);
	else
		(void)va_arg(*ap, double);
}

static void format_one(struct out *out, struct spec *spec, va_list *ap,
		       const char *start, const char *end)
{
	char c;

	switch (spec->conversion) {
	case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
		format_integer(out, spec, ap);
		break;
	case 'p':
		format_pointer(out, spec, ap);
		break;
	case 'c':
		c = (char)va_arg(*ap, int);
		put_text(out, spec, &c, 1);
		break;
	case 's':
		format_string(out, spec, ap);
		break;
	case 'n':
		ssp_die(percent_n_line, sizeof percent_n_line - 1);
	case 'f': case 'F': case 'e': case 'E': case 'g': case 'G':
	case 'a': case 'A':
		skip_float(spec, ap);
		put_n(out, start, end - start);
		break;
	case '%':
		put(out, '%');
		break;
	default:
		put_n(out, start, end - start);
		break;
	}
}

int ssp_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct out out = { buf, size, 0 };
	struct spec spec;
	const char *start;
	va_list args;

	va_copy(args, ap);
	while (*fmt) {
		if (*fmt != '%') {
			put(&out, *fmt++);
			continue;
		}
		start = fmt++;
		parse_spec(&fmt, &spec, &args);
		format_one(&out, &spec, &args, start, fmt);
	}
	va_end(args);
	if (size)
		buf[out.len < size ? out.len : size - 1] = '\0';
	return out.len > INT_MAX_VALUE ? -1 : (int)out.len;
}
