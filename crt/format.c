/*
 * The printf engine: %d %i %u %x %X %o %c %s %p %% with the flags
 * "-0+ #", a width and a precision (digits or '*'), and the length
 * modifiers hh h l ll z j t.  No floating point and no %n.  An unknown
 * conversion is copied out as it was written.  Where C leaves the result
 * open, glibc's is followed: "(nil)" for a null %p, "(null)" for a null
 * %s unless the precision is below 6.
 */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/types.h>

#include "internal.h"

#define FLAG_MINUS 1
#define FLAG_ZERO 2
#define FLAG_PLUS 4
#define FLAG_SPACE 8
#define FLAG_HASH 16

enum length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_Z, LEN_J, LEN_T };

struct spec {
	int flags;
	int width;
	int precision;	/* -1: none given */
	enum length length;
	char conversion;
};

static void emit(struct __crt_out *out, const char *s, size_t len)
{
	if (len)
		out->write(out, s, len);
	out->count += len;
}

static void pad(struct __crt_out *out, char c, int n)
{
	char run[16];

	memset(run, c, sizeof run);
	for (; n > 0; n -= sizeof run)
		emit(out, run, n < (int)sizeof run ? (size_t)n : sizeof run);
}

static const char *parse_flags(const char *f, struct spec *sp)
{
	for (;; f++) {
		switch (*f) {
		case '-': sp->flags |= FLAG_MINUS; break;
		case '0': sp->flags |= FLAG_ZERO; break;
		case '+': sp->flags |= FLAG_PLUS; break;
		case ' ': sp->flags |= FLAG_SPACE; break;
		case '#': sp->flags |= FLAG_HASH; break;
		default: return f;
		}
	}
}

/* A width or precision: digits, or '*' to take an int argument. */
static const char *parse_number(const char *f, int *n, va_list *ap)
{
	if (*f == '*') {
		*n = va_arg(*ap, int);
		return f + 1;
	}
	for (*n = 0; *f >= '0' && *f <= '9'; f++)
		*n = *n * 10 + (*f - '0');
	return f;
}

static const char *parse_length(const char *f, enum length *length)
{
	switch (*f) {
	case 'h':
		if (f[1] == 'h') {
			*length = LEN_HH;
			return f + 2;
		}
		*length = LEN_H;
		return f + 1;
	case 'l':
		if (f[1] == 'l') {
			*length = LEN_LL;
			return f + 2;
		}
		*length = LEN_L;
		return f + 1;
	case 'z': *length = LEN_Z; return f + 1;
	case 'j': *length = LEN_J; return f + 1;
	case 't': *length = LEN_T; return f + 1;
	default: *length = LEN_NONE; return f;
	}
}

/* Everything between '%' and the conversion character. */
static const char *parse_spec(const char *f, struct spec *sp, va_list *ap)
{
	sp->flags = 0;
	sp->precision = -1;
	f = parse_flags(f, sp);
	f = parse_number(f, &sp->width, ap);
	if (sp->width < 0) {
		sp->flags |= FLAG_MINUS;
		sp->width = -sp->width;
	}
	if (*f == '.') {
		f = parse_number(f + 1, &sp->precision, ap);
		if (sp->precision < 0)
			sp->precision = -1;
	}
	f = parse_length(f, &sp->length);
	sp->conversion = *f;
	return f;
}

static intmax_t fetch_signed(enum length length, va_list *ap)
{
	switch (length) {
	case LEN_HH: return (signed char)va_arg(*ap, int);
	case LEN_H: return (short)va_arg(*ap, int);
	case LEN_L: return va_arg(*ap, long);
	case LEN_LL: return va_arg(*ap, long long);
	case LEN_Z: return va_arg(*ap, ssize_t);
	case LEN_J: return va_arg(*ap, intmax_t);
	case LEN_T: return va_arg(*ap, ptrdiff_t);
	default: return va_arg(*ap, int);
	}
}

static uintmax_t fetch_unsigned(enum length length, va_list *ap)
{
	switch (length) {
	case LEN_HH: return (unsigned char)va_arg(*ap, unsigned int);
	case LEN_H: return (unsigned short)va_arg(*ap, unsigned int);
	case LEN_L: return va_arg(*ap, unsigned long);
	case LEN_LL: return va_arg(*ap, unsigned long long);
	case LEN_Z: return va_arg(*ap, size_t);
	case LEN_J: return va_arg(*ap, uintmax_t);
	case LEN_T: return (size_t)va_arg(*ap, ptrdiff_t);
	default: return va_arg(*ap, unsigned int);
	}
}

/* Pads s to the width; the precision has already cut it. */
static void format_text(struct __crt_out *out, const struct spec *sp,
			const char *s, size_t len)
{
	int fill = sp->width > (int)len ? sp->width - (int)len : 0;

	if (!(sp->flags & FLAG_MINUS))
		pad(out, ' ', fill);
	emit(out, s, len);
	if (sp->flags & FLAG_MINUS)
		pad(out, ' ', fill);
}

static int prefix_of(const struct spec *sp, int negative, uintmax_t value,
		     char prefix[2])
{
	char c = sp->conversion;

	if (c == 'd' || c == 'i') {
		if (negative)
			prefix[0] = '-';
		else if (sp->flags & FLAG_PLUS)
			prefix[0] = '+';
		else if (sp->flags & FLAG_SPACE)
			prefix[0] = ' ';
		else
			return 0;
		return 1;
	}
	if (c == 'p' || ((c == 'x' || c == 'X') && (sp->flags & FLAG_HASH) &&
			 value)) {
		prefix[0] = '0';
		prefix[1] = c == 'X' ? 'X' : 'x';
		return 2;
	}
	return 0;
}

static void format_integer(struct __crt_out *out, const struct spec *sp,
			   uintmax_t value, int negative)
{
	const char *alphabet = sp->conversion == 'X' ? "0123456789ABCDEF"
						      : "0123456789abcdef";
	unsigned base = 10;
	char digits[24];	/* 22 octal digits hold 2^64 - 1 */
	char *end = digits + sizeof digits, *p = end;
	char prefix[2];
	int nprefix = prefix_of(sp, negative, value, prefix);
	int ndigits, zeros, body;

	if (sp->conversion == 'o')
		base = 8;
	else if (strchr("xXp", sp->conversion))
		base = 16;
	for (; value; value /= base)
		*--p = alphabet[value % base];
	ndigits = end - p;

	/* C: precision = minimum digits; "%.0d" of 0 prints nothing. */
	zeros = sp->precision > ndigits ? sp->precision - ndigits : 0;
	if (sp->precision < 0 && ndigits == 0)
		zeros = 1;
	/* "%#o" makes the first digit a 0. */
	if (base == 8 && (sp->flags & FLAG_HASH) && zeros == 0 &&
	    (ndigits == 0 || *p != '0'))
		zeros = 1;
	body = nprefix + zeros + ndigits;
	if ((sp->flags & FLAG_ZERO) && !(sp->flags & FLAG_MINUS) &&
	    sp->precision < 0 && sp->width > body) {
		zeros += sp->width - body;
		body = sp->width;
	}

	if (!(sp->flags & FLAG_MINUS))
		pad(out, ' ', sp->width - body);
	emit(out, prefix, nprefix);
	pad(out, '0', zeros);
	emit(out, p, ndigits);
	if (sp->flags & FLAG_MINUS)
		pad(out, ' ', sp->width - body);
}

static void format_signed(struct __crt_out *out, const struct spec *sp,
			  va_list *ap)
{
	intmax_t value = fetch_signed(sp->length, ap);
	uintmax_t magnitude = value < 0 ? 0 - (uintmax_t)value : (uintmax_t)value;

	format_integer(out, sp, magnitude, value < 0);
}

static void format_pointer(struct __crt_out *out, const struct spec *sp,
			   va_list *ap)
{
	void *p = va_arg(*ap, void *);

	if (!p)
		format_text(out, sp, "(nil)", 5);
	else
		format_integer(out, sp, (uintptr_t)p, 0);
}

static void format_string(struct __crt_out *out, const struct spec *sp,
			  va_list *ap)
{
	const char *s = va_arg(*ap, const char *);
	size_t max = sp->precision < 0 ? (size_t)-1 : (size_t)sp->precision;

	if (!s)
		s = max < 6 ? "" : "(null)";
	format_text(out, sp, s, strnlen(s, max));
}

static void format_char(struct __crt_out *out, const struct spec *sp,
			va_list *ap)
{
	char c = (char)va_arg(*ap, int);

	format_text(out, sp, &c, 1);
}

/* Returns 0 when the conversion character is not one we know. */
static int convert(struct __crt_out *out, const struct spec *sp, va_list *ap)
{
	switch (sp->conversion) {
	case 'd': case 'i':
		format_signed(out, sp, ap);
		return 1;
	case 'u': case 'x': case 'X': case 'o':
		format_integer(out, sp, fetch_unsigned(sp->length, ap), 0);
		return 1;
	case 'p':
		format_pointer(out, sp, ap);
		return 1;
	case 's':
		format_string(out, sp, ap);
		return 1;
	case 'c':
		format_char(out, sp, ap);
		return 1;
	case '%':
		emit(out, "%", 1);
		return 1;
	default:
		return 0;
	}
}

int __crt_format(struct __crt_out *out, const char *fmt, va_list ap_in)
{
	const char *start;
	struct spec sp;
	va_list ap;

	/* A copy, so that helpers can take its address on every ABI. */
	va_copy(ap, ap_in);
	while (*fmt) {
		start = strchr(fmt, '%');
		if (!start) {
			emit(out, fmt, strlen(fmt));
			break;
		}
		emit(out, fmt, start - fmt);
		fmt = parse_spec(start + 1, &sp, &ap);
		if (!*fmt) {
			emit(out, start, fmt - start);
			break;
		}
		if (!convert(out, &sp, &ap))
			emit(out, start, fmt + 1 - start);
		fmt++;
	}
	va_end(ap);
	return out->count > INT_MAX ? -1 : (int)out->count;
}
