/*
 * libcorp.so: the valid library every corpus variant starts from.  It has
 * what the loader parses: exported functions and data (dynsym, both hash
 * styles across the two builds, versions), RELATIVE and symbolic
 * relocations, an init and a fini array, and TLS.  Its constructor
 * prints "L" first thing: output means the loader reached user code.
 */
#include "free.h"

__thread int lib_tls = 5;
int lib_counter = 1;
int *lib_pointer = &lib_counter;		/* RELATIVE */
const char *lib_words[] = { "zero", "one" };	/* RELATIVE */
int lib_weak_hook(void) __attribute__((weak));

static void lib_init(void)
{
	put("L");
	lib_counter++;
}

static void lib_fini(void)
{
}

__attribute__((section(".init_array"), used)) static void (*init_p)(void) = lib_init;
__attribute__((section(".fini_array"), used)) static void (*fini_p)(void) = lib_fini;

int lib_func(int x)
{
	return x + *lib_pointer + lib_tls + (lib_weak_hook ? 100 : 0);
}

const char *lib_word(int i)
{
	return lib_words[i & 1];
}
