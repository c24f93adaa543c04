/*
 * A name that is a prefix of a defined one is not that one: "ab" is not
 * "ab_".  The library has a SysV hash table only, of one bucket (build
 * checks it), so every lookup there compares the name with each of its
 * symbols, terminators included: without the terminator, "ab" would
 * match "ab_".  A short name (compared in one word, symtable.h) and a
 * long one (a word at a time); a weak reference and dlsym for each.
 */
#include <dlfcn.h>
#include <stdio.h>

extern int ab_, abcdefghij_;
__attribute__((weak)) extern int ab, abcdefghij;

static const char *found(const void *p)
{
	return p ? "found" : "absent";
}

int main(void)
{
	printf("ab_=%d abcdefghij_=%d\n", ab_, abcdefghij_);
	printf("weak: ab %s, abcdefghij %s\n", found(&ab), found(&abcdefghij));
	printf("dlsym: ab %s, abcdefghij %s, ab_ %s\n",
	       found(dlsym(RTLD_DEFAULT, "ab")),
	       found(dlsym(RTLD_DEFAULT, "abcdefghij")),
	       found(dlsym(RTLD_DEFAULT, "ab_")));
	return 0;
}
