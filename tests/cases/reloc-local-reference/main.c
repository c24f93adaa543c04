/*
 * A library's reference to a symbol made local binds to the library, never
 * to the definition of that name in scope; the program's own reference to
 * the name still finds that definition.
 */
#include <stdio.h>
extern int shared_word;
extern int *lib_pointer;
int *lib_got(void);
const void *lib_base(void);

static const char *where(const void *p)
{
	if (p == lib_base())
		return "the library itself";
	if (p == &shared_word)
		return "libother's shared_word";
	return "somewhere else";
}

int main(void)
{
	printf("pointer: %s\n", where(lib_pointer));
	printf("got: %s\n", where(lib_got()));
	printf("program: %d\n", shared_word);
	return 0;
}
