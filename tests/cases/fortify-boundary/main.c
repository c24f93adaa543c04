/*
 * The fortify checks at the exact boundary: a result that fills the
 * 16-byte destination with its terminating NUL passes, one byte more dies.
 * `prog fit` prints every in-bounds result; `prog NAME` runs NAME one byte
 * over.  sprintf's output also goes through libssp's own formatter.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

char *__strcpy_chk(char *, const char *, size_t);
char *__stpcpy_chk(char *, const char *, size_t);
char *__strcat_chk(char *, const char *, size_t);
char *__strncat_chk(char *, const char *, size_t, size_t);
int __sprintf_chk(char *, int, size_t, const char *, ...);
int __vsprintf_chk(char *, int, size_t, const char *, va_list);
int __snprintf_chk(char *, size_t, int, size_t, const char *, ...);

static volatile size_t size = 16;	/* what the compiler would pass */
static const char *volatile s15 = "0123456789abcde", *volatile s16 = "0123456789abcdef";

static int vsp(char *s, size_t slen, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = __vsprintf_chk(s, 1, slen, fmt, ap);
	va_end(ap);
	return r;
}

static void call(const char *name, int fit)
{
	char buf[16];
	const char *str = fit ? s15 : s16;
	int r = 0;

	memset(buf, 0, sizeof buf);
	if (!strcmp(name, "strcpy"))
		__strcpy_chk(buf, str, size);
	else if (!strcmp(name, "stpcpy"))
		r = (int)(__stpcpy_chk(buf, str, size) - buf);
	else if (!strcmp(name, "strcat")) {
		strcpy(buf, "cat:");
		__strcat_chk(buf, str + 4, size);
	} else if (!strcmp(name, "strncat")) {
		strcpy(buf, "ncat:");
		__strncat_chk(buf, str + 5, 16, size);
	} else if (!strcmp(name, "sprintf"))
		r = __sprintf_chk(buf, 1, size, "%s", str);
	else if (!strcmp(name, "vsprintf"))
		r = vsp(buf, size, "%s", str);
	else {
		printf("unknown %s\n", name);
		return;
	}
	printf("%s %.16s %d\n", name, buf, r);
}

int main(int argc, char **argv)
{
	static const char *const names[] = {
		"strcpy", "stpcpy", "strcat", "strncat", "sprintf", "vsprintf",
	};
	char buf[64];

	if (argc < 2)
		return 2;
	if (strcmp(argv[1], "fit")) {
		call(argv[1], 0);
		return 0;
	}
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		call(names[i], 1);
	/* libssp's formatter: widths, precision, signs. */
	__snprintf_chk(buf, sizeof buf, 1, sizeof buf, "[%5d|%-4d|%.3d|%x|%s]",
		       -42, 7, 5, 255u, "ok");
	printf("format %s\n", buf);
	return 0;
}
