/*
 * The RISC-V register arguments (regs-lib.c), each passed at the first
 * call through a lazy slot and again through the bound one: "register
 * arguments: kept kept".
 */
#include <stdio.h>
#include "regs.h"

static int called(void)
{
	long all = all_if(1, 2, 3, 4, 5, 6, 7, 8, 0.5, 1.5, 2.5, 3.5, 4.5f,
			  5.5f, 6.5f, 7.5f);
	struct wide w = big_if(1, 2, 3, 4, 5, 6, 7);

	return all == 2064 && w.v[0] == 5 && w.v[1] == 25 && w.v[2] == 61 &&
	       w.v[3] == 49 && w.v[4] == 7;
}

void registers(void)
{
	int first = called(), again = called();

	printf("register arguments: %s %s\n", first ? "kept" : "lost",
	       again ? "kept" : "lost");
}
