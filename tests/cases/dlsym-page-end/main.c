/*
 * dlsym with a name that ends at the last byte of a page whose next page
 * is not readable.  The process-wide symbol table hashes names a word at a
 * time (ldso_name_hash): a word that would cross into the next page must
 * be read a byte at a time, or the lookup faults.  Every length from 1 to
 * 17 bytes, so the name ends at each place in a word; found names are
 * called, a missing one must give NULL.  The symtable loader build uses
 * the table for every program; the default one only for large ones.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static const char *names[] = {
	"a", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmno",
	"abcdefghijklmnop", "abcdefghijklmnopq", "abcdefgX", "abcdefghijklmnoX",
};

int main(void)
{
	long page = getpagesize();
	char *m = mmap(0, 2 * page, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (m == MAP_FAILED || mprotect(m + page, page, PROT_NONE)) {
		perror("mmap");
		return 1;
	}
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		size_t size = strlen(names[i]) + 1;
		char *at = m + page - size;
		int (*f)(void);
		memcpy(at, names[i], size);
		f = (int (*)(void))dlsym(RTLD_DEFAULT, at);
		if (f)
			printf("%s: %d\n", names[i], f());
		else
			printf("%s: not found\n", names[i]);
	}
	return 0;
}
