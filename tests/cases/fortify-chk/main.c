/*
 * prog ok | prog NAME: the 14 checked functions of libssp, called
 * directly.  "ok" makes each call in bounds and prints what it produced;
 * NAME (memcpy, memmove, ...) makes that one overflow a 16-byte buffer.
 * Sizes go through volatile variables, so the compiler cannot fold a call
 * into the unchecked function.  gets reads its line from stdin.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void *__memcpy_chk(void *, const void *, size_t, size_t);
void *__memmove_chk(void *, const void *, size_t, size_t);
void *__mempcpy_chk(void *, const void *, size_t, size_t);
void *__memset_chk(void *, int, size_t, size_t);
char *__strcpy_chk(char *, const char *, size_t);
char *__stpcpy_chk(char *, const char *, size_t);
char *__strncpy_chk(char *, const char *, size_t, size_t);
char *__strcat_chk(char *, const char *, size_t);
char *__strncat_chk(char *, const char *, size_t, size_t);
int __sprintf_chk(char *, int, size_t, const char *, ...);
int __snprintf_chk(char *, size_t, int, size_t, const char *, ...);
int __vsprintf_chk(char *, int, size_t, const char *, va_list);
int __vsnprintf_chk(char *, size_t, int, size_t, const char *, va_list);
char *__gets_chk(char *, size_t);

static volatile size_t size = 16;	/* what the compiler would pass */
static volatile size_t n_ok = 8, n_bad = 17;
static const char *volatile shortstr = "short", *volatile longstr = "0123456789abcdefXYZ";

static int vsp(char *s, size_t slen, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vsprintf_chk(s, 1, slen, fmt, ap);
	va_end(ap);
	return r;
}

static int vsnp(char *s, size_t max, size_t slen, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vsnprintf_chk(s, max, 1, slen, fmt, ap);
	va_end(ap);
	return r;
}

/* One call: in bounds when ok, else overflowing; prints the result. */
static void call(const char *name, int ok)
{
	char buf[16];
	size_t n = ok ? n_ok : n_bad;
	const char *str = ok ? shortstr : longstr;
	int r = 0;

	memset(buf, 0, sizeof buf);
	if (!strcmp(name, "memcpy"))
		__memcpy_chk(buf, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", n, size);
	else if (!strcmp(name, "memmove"))
		__memmove_chk(buf, "abcdefghijklmnopqrstuvwxyz", n, size);
	else if (!strcmp(name, "mempcpy"))
		r = (int)((char *)__mempcpy_chk(buf, "0123456789abcdefghij", n, size) - buf);
	else if (!strcmp(name, "memset")) {
		__memset_chk(buf, 'x', n, size);
	} else if (!strcmp(name, "strcpy"))
		__strcpy_chk(buf, str, size);
	else if (!strcmp(name, "stpcpy"))
		r = (int)(__stpcpy_chk(buf, str, size) - buf);
	else if (!strcmp(name, "strncpy"))
		__strncpy_chk(buf, str, ok ? 8 : n_bad, size);
	else if (!strcmp(name, "strcat")) {
		strcpy(buf, "cat:");
		__strcat_chk(buf, str, size);
	} else if (!strcmp(name, "strncat")) {
		strcpy(buf, "ncat:");
		__strncat_chk(buf, str, ok ? 3 : 16, size);
	} else if (!strcmp(name, "sprintf"))
		r = __sprintf_chk(buf, 1, size, "%s!%d", str, 7);
	else if (!strcmp(name, "snprintf"))
		r = __snprintf_chk(buf, ok ? size : size + 1, 1, size, "%s", str);
	else if (!strcmp(name, "vsprintf"))
		r = vsp(buf, size, "v%s", str);
	else if (!strcmp(name, "vsnprintf"))
		r = vsnp(buf, ok ? size : size * 2, size, "vn%s", str);
	else if (!strcmp(name, "gets")) {
		if (!__gets_chk(buf, size))
			strcpy(buf, "(eof)");
	} else {
		printf("unknown %s\n", name);
		return;
	}
	printf("%s %.16s %d\n", name, buf, r);
}

static const char *const names[] = {
	"memcpy", "memmove", "mempcpy", "memset", "strcpy", "stpcpy", "strncpy",
	"strcat", "strncat", "sprintf", "snprintf", "vsprintf", "vsnprintf", "gets",
};

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	if (!strcmp(argv[1], "ok")) {
		for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
			call(names[i], 1);
		return 0;
	}
	call(argv[1], 0);
	return 0;
}
