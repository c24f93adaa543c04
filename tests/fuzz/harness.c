/*
 * libFuzzer harness for the loader's parsing code (see glue.c for the
 * loader's side).  Each input is written to a memfd and handed to
 * ldso_map_file, ldso_decode_dynamic, a few lookups and, when no resolver
 * could run, relocation.  A loader failure (ldso_fail, one clean error)
 * longjmps back here; anything else that goes wrong is a finding:
 * an ASan/UBSan report, a fault (a stray read or write inside the guard
 * pages or the image's holes), or fuzz_abort (a broken promise).
 *
 * FUZZ_VERBOSE=1 in the environment prints the loader's messages.
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

void fuzz_one(const char *path, int fd, bool is_main, bool tables);
void fuzz_cleanup(void);

static jmp_buf bail;
static int verbose = -1;
static int memfd = -1;

__attribute__((noreturn)) void fuzz_bail(void)
{
	longjmp(bail, 1);
}

void fuzz_abort(const char *why)
{
	fprintf(stderr, "fuzz: %s\n", why);
	abort();
}

void fuzz_message(const char *fmt, va_list ap)
{
	if (verbose) {
		fputs("ld.so: ", stderr);
		vfprintf(stderr, fmt, ap);
		fputc('\n', stderr);
	}
}

void *host_malloc(size_t n) { return malloc(n); }
void host_free(void *p) { free(p); }

void *host_mmap(void *addr, size_t len, int prot, int flags, int fd,
		uint64_t offset)
{
	void *p = mmap(addr, len, prot, flags, fd, (off_t)offset);

	return p == MAP_FAILED ? (void *)-12L : p;
}

int host_munmap(void *addr, size_t len) { return munmap(addr, len); }
int host_mprotect(void *addr, size_t len, int prot) { return mprotect(addr, len, prot); }

long host_pread(int fd, void *buf, size_t len, uint64_t offset)
{
	ssize_t r = pread(fd, buf, len, (off_t)offset);

	return r < 0 ? -5 : r;
}

long host_fstat(int fd, uint64_t *size, uint32_t *mode, uint64_t *ino)
{
	struct stat st;

	if (fstat(fd, &st) < 0)
		return -9;
	*size = (uint64_t)st.st_size;
	*mode = st.st_mode;
	*ino = st.st_ino;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* e_type is at offset 16 in both classes: ET_EXEC goes as the main program. */
	bool is_main = size > 16 && data[16] == 2;

	if (verbose < 0)
		verbose = getenv("FUZZ_VERBOSE") != NULL;
	if (memfd < 0 && (memfd = memfd_create("fuzz-input", 0)) < 0)
		fuzz_abort("memfd_create failed");
	if (ftruncate(memfd, 0) < 0 || pwrite(memfd, data, size, 0) != (ssize_t)size)
		fuzz_abort("cannot write the input");
	/* Twice: lookups that walk the hash tables and relocation in one
	 * loop, then through the symbol tables and in warmed runs. */
	for (int tables = 0; tables < 2; tables++) {
		if (!setjmp(bail))
			fuzz_one("input", memfd, is_main, tables);
		fuzz_cleanup();
	}
	return 0;
}

int fuzz_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	return vsnprintf(buf, size, fmt, ap);
}
