/*
 * Each function of liblazyargs.so called twice: first through its lazy
 * PLT slot (the trampoline, the fixup and, for the _if ones, an IFUNC
 * resolver that clobbers every register it may), then through the bound
 * slot.  Both results must be the weighted sums.
 */
#include <stdio.h>
#include "args.h"

static void show(const char *what, const char *suffix, long long first,
		 long long again)
{
	printf("%s%s: %lld %lld\n", what, suffix, first, again);
}

/* <cpu>/regs-main.c: the register arguments only that CPU has. */
void registers(void);

int main(void)
{
	struct small s = { 3, 0.5 }, t = { -2, 2.25 };
	struct big g = { { 1, 2, 3, 4, 5 } };

	for (int pass = 0; pass < 2; pass++) {
		const char *sfx = pass ? "_if" : "";
		long long a[2];
		int i;

		for (i = 0; i < 2; i++)
			a[i] = pass ? ints_if(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
				    : ints(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		show("ints", sfx, a[0], a[1]);
		for (i = 0; i < 2; i++)
			a[i] = (long long)(4 * (pass ? doubles_if(0.25, 1.5, 2, 3.75, 4, 5.5, 6, 7.25, 8, 9.5)
						: doubles(0.25, 1.5, 2, 3.75, 4, 5.5, 6, 7.25, 8, 9.5)));
		show("doubles", sfx, a[0], a[1]);
		for (i = 0; i < 2; i++)
			a[i] = (long long)(4 * (pass ? ldoubles_if(1.25L, 2.5L, 1e3L, 7)
						: ldoubles(1.25L, 2.5L, 1e3L, 7)));
		show("long doubles", sfx, a[0], a[1]);
		for (i = 0; i < 2; i++)
			a[i] = (long long)(4 * (pass ? structs_if(s, g, t) : structs(s, g, t)));
		show("structs", sfx, a[0], a[1]);
		for (i = 0; i < 2; i++)
			a[i] = (long long)(4 * (pass ? vsum_if(9, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5)
						: vsum(9, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5)));
		show("varargs doubles", sfx, a[0], a[1]);
		for (i = 0; i < 2; i++)
			a[i] = (long long)(4 * (pass ? mixed_if(1, 0.5, 2.25L, s, 1.5f, 'a', -3, 3LL << 32, 0.75, 9)
						: mixed(1, 0.5, 2.25L, s, 1.5f, 'a', -3, 3LL << 32, 0.75, 9)));
		show("mixed", sfx, a[0], a[1]);
	}
	registers();
	return 0;
}
