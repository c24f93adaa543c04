/*
 * prog ok|smash|overflow, against a libssp itself built with
 * -fstack-protector-all: "ok" prints which libssp.so is mapped, checks
 * the guard and makes in-bounds checked calls; "smash" overflows a
 * protected array; "overflow" makes __memcpy_chk overflow.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

extern uintptr_t __stack_chk_guard;
void *__memcpy_chk(void *dst, const void *src, size_t len, size_t dstlen);
int __snprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *fmt, ...);

static volatile size_t small = 8, big = 64;

static void print_libssp_path(void)
{
	static char maps[65536];
	ssize_t n, len = 0;
	int fd = open("/proc/self/maps", O_RDONLY);

	if (fd < 0)
		return;
	while (len < (ssize_t)sizeof maps - 1 &&
	       (n = read(fd, maps + len, sizeof maps - 1 - len)) > 0)
		len += n;
	close(fd);
	maps[len] = 0;
	for (char *line = maps, *end; *line; line = end + 1) {
		end = strchr(line, '\n');
		if (!end)
			break;
		*end = 0;
		char *name = strrchr(line, ' ');
		if (name && strstr(name, "/libssp.so")) {
			printf("mapped%s\n", name);
			return;
		}
	}
}

__attribute__((noinline)) static int smash(size_t n)
{
	char buf[16];
	volatile char *p = buf;

	for (size_t i = 0; i < n; i++)
		p[i] = 'C';
	return p[0];
}

int main(int argc, char **argv)
{
	char dst[16], out[16];

	if (argc < 2)
		return 2;
	if (strcmp(argv[1], "smash") == 0)
		smash(big);
	if (strcmp(argv[1], "overflow") == 0)
		__memcpy_chk(dst, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", big, sizeof dst);
	print_libssp_path();
	printf("guard set: %s\n", __stack_chk_guard != 0 && (__stack_chk_guard & 0xff) == 0 ? "yes" : "no");
	__memcpy_chk(dst, "01234567", small, sizeof dst);
	__snprintf_chk(out, sizeof out, 1, sizeof out, "%d-%s", 42, "x");
	printf("%.8s %s %d\n", dst, out, smash(small));
	return 0;
}
