/*
 * copies TEMPLATE N: write libq0000.so .. libq(N-1).so, each TEMPLATE with
 * "libq0000" (its SONAME) made its own name and "libr0000" (its DT_NEEDED)
 * the next one's, the last one's the first's.  One process for what was
 * a sed per library (a fork costs milliseconds on a slow guest).  Built
 * with the build machine's gcc: it only writes files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The one offset of the 8-byte NAME in BUF, or exit: each string must
 * appear exactly once for the rewrite to mean what sed's did. */
static size_t find(const char *buf, size_t len, const char *name)
{
	size_t at = 0, n = 0;

	for (size_t i = 0; i + 8 <= len; i++)
		if (!memcmp(buf + i, name, 8))
			at = i, n++;
	if (n != 1) {
		fprintf(stderr, "copies: %s appears %zu times in the template\n", name, n);
		exit(1);
	}
	return at;
}

int main(int argc, char **argv)
{
	static char buf[1 << 20];
	char name[32], tmp[16];
	FILE *f;
	size_t len, q, r;
	int n;

	if (argc != 3 || !(f = fopen(argv[1], "rb")))
		return 2;
	len = fread(buf, 1, sizeof(buf), f);
	if (ferror(f) || !feof(f))
		return 2;
	fclose(f);
	n = atoi(argv[2]);
	if (n < 1 || n > 10000)
		return 2;
	q = find(buf, len, "libq0000");
	r = find(buf, len, "libr0000");
	for (int i = 0; i < n; i++) {
		snprintf(tmp, sizeof(tmp), "libq%04d", i);
		memcpy(buf + q, tmp, 8);
		snprintf(tmp, sizeof(tmp), "libq%04d", (i + 1) % n);
		memcpy(buf + r, tmp, 8);
		snprintf(name, sizeof(name), "libq%04d.so", i);
		if (!(f = fopen(name, "wb")) || fwrite(buf, 1, len, f) != len || fclose(f)) {
			perror(name);
			return 1;
		}
	}
	return 0;
}
