/* Pointer tables in a libc-free .so: filled by RELATIVE relocations. */
#include "free.h"

static int lib_inc(int x) { return x + 1; }
static int lib_neg(int x) { return -x; }

const char *lib_words[] = { "lib-alpha", "lib-beta" };
int (*lib_ops[])(int) = { lib_inc, lib_neg };
static const char **lib_words_ref = lib_words;	/* pointer to pointer data */

const char *lib_word(int i)
{
	return lib_words_ref[i];
}

int lib_apply(int i, int x)
{
	return lib_ops[i](x);
}
