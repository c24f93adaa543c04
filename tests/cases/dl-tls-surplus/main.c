/*
 * The static TLS surplus (1664 bytes, glibc's default) takes a 512-byte
 * initial-exec block loaded by dlopen (16-byte aligned, as x86-64 aligns
 * arrays), and a 64-byte aligned one, but not a 2048-byte block nor one
 * aligned beyond the thread pointer's 64 bytes: those dlopens fail with
 * "cannot allocate memory in static TLS block", as with glibc.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

static int try(const char *name, const char *what)
{
	void *h = dlopen(name, RTLD_NOW);
	int (*first)(void);
	const char *err;

	if (h) {
		first = (int (*)(void))dlsym(h, "first");
		printf("%s: loaded, first() = %d\n", what, first());
		return 0;
	}
	err = dlerror();
	printf("%s: %s\n", what,
	       strstr(err, ": cannot allocate memory in static TLS block") ?
	       "refused: cannot allocate memory in static TLS block" : err);
	return 1;
}

int main(void)
{
	try("libsmall.so", "512 bytes");
	try("libaligned.so", "64 bytes aligned 64");
	try("libbig.so", "2048 bytes");
	try("liboveraligned.so", "16 bytes aligned 128");
	/* No TPREL relocation: DF_STATIC_TLS alone asks for the surplus. */
	try("libflagged.so", "2048 bytes, DF_STATIC_TLS only");
	return 0;
}
