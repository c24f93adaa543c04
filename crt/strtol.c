/*
 * String to integer conversions.  All of them parse with parse_digits()
 * into an unsigned long long, then clamp to their own range (setting
 * errno to ERANGE) as C specifies.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>

struct parsed {
	unsigned long long magnitude;
	int negative;
	int overflow;
};

static int digit_value(int c)
{
	if (isdigit(c))
		return c - '0';
	if (islower(c))
		return c - 'a' + 10;
	if (isupper(c))
		return c - 'A' + 10;
	return 99;
}

/* Reads an optional "0x" and settles the base; returns the digits. */
static const char *skip_prefix(const char *s, int *base)
{
	int hex_prefix = s[0] == '0' && (s[1] == 'x' || s[1] == 'X') &&
			 digit_value((unsigned char)s[2]) < 16;

	if ((*base == 0 || *base == 16) && hex_prefix) {
		*base = 16;
		return s + 2;
	}
	if (*base == 0)
		*base = s[0] == '0' ? 8 : 10;
	return s;
}

static struct parsed parse(const char *s, char **end, int base)
{
	struct parsed p = { 0, 0, 0 };
	const char *start = s;
	const char *digits;
	int d;

	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		if (end)
			*end = (char *)start;
		return p;
	}
	while (isspace((unsigned char)*s))
		s++;
	if (*s == '-' || *s == '+')
		p.negative = *s++ == '-';
	s = digits = skip_prefix(s, &base);
	for (; (d = digit_value((unsigned char)*s)) < base; s++) {
		if (p.magnitude > (ULLONG_MAX - d) / base)
			p.overflow = 1;
		p.magnitude = p.magnitude * base + d;
	}
	if (end)
		*end = (char *)(s == digits ? start : s);
	return p;
}

/* For the signed results: the magnitude must fit below max + 1. */
static long long clamp_signed(struct parsed p, long long min, long long max)
{
	unsigned long long limit = (unsigned long long)max + p.negative;

	if (p.overflow || p.magnitude > limit) {
		errno = ERANGE;
		return p.negative ? min : max;
	}
	return p.negative ? (long long)(0 - p.magnitude) : (long long)p.magnitude;
}

/* For the unsigned results: C negates a "-" value in the result type. */
static unsigned long long clamp_unsigned(struct parsed p,
					 unsigned long long max)
{
	if (p.overflow || p.magnitude > max) {
		errno = ERANGE;
		return max;
	}
	return p.negative ? (0 - p.magnitude) & max : p.magnitude;
}

long strtol(const char *restrict s, char **restrict end, int base)
{
	return clamp_signed(parse(s, end, base), LONG_MIN, LONG_MAX);
}

long long strtoll(const char *restrict s, char **restrict end, int base)
{
	return clamp_signed(parse(s, end, base), LLONG_MIN, LLONG_MAX);
}

unsigned long strtoul(const char *restrict s, char **restrict end, int base)
{
	return clamp_unsigned(parse(s, end, base), ULONG_MAX);
}

unsigned long long strtoull(const char *restrict s, char **restrict end,
			    int base)
{
	return clamp_unsigned(parse(s, end, base), ULLONG_MAX);
}

int atoi(const char *s)
{
	return (int)strtol(s, 0, 10);
}

long atol(const char *s)
{
	return strtol(s, 0, 10);
}

long long atoll(const char *s)
{
	return strtoll(s, 0, 10);
}

int abs(int n)
{
	return n < 0 ? -n : n;
}

long labs(long n)
{
	return n < 0 ? -n : n;
}
