/*
 * Each name asked for has the GNU hash of a decoy in libfirst.so, which
 * comes first in the scope: "aZ" and "b9" at the same place give the same
 * hash (h * 33 + c: a = b - 1, Z = 9 + 33).  The walk (symbol.c's
 * gnu_lookup) meets the decoy in its chain with the hash equal and must
 * tell the names apart (same_bytes in symtable.h), then find the name in
 * libsecond.so.  The pairs differ in every word a compare reads: names of
 * 4, 7, 11, 15 and 20 characters, the two characters at each 4-byte
 * word's place.  Taken as pointers, so that they bind at start.
 */
#include <stdio.h>

int kb9k(void);
int xb9yyyy(void);
int qqqqqb9qqqq(void);
int rrrrrrrrb9r(void);
int sb9ssssssssssss(void);
int tttttb9tttttttt(void);
int uuuuuuuuub9uuuu(void);
int vvvvvvvvvvvvvb9(void);
int wwwwwwwwwb9wwwwwwwww(void);
int zzzzzzzzzzzzzzzzzb9z(void);

static int (*const wanted[])(void) = {
	kb9k,
	xb9yyyy,
	qqqqqb9qqqq,
	rrrrrrrrb9r,
	sb9ssssssssssss,
	tttttb9tttttttt,
	uuuuuuuuub9uuuu,
	vvvvvvvvvvvvvb9,
	wwwwwwwwwb9wwwwwwwww,
	zzzzzzzzzzzzzzzzzb9z,
};

int main(void)
{
	for (unsigned i = 0; i < sizeof(wanted) / sizeof(wanted[0]); i++)
		printf("%d%s", wanted[i](), i + 1 < sizeof(wanted) / sizeof(wanted[0]) ? " " : "\n");
	return 0;
}
