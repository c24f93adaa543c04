/*
 * The AArch64 register arguments (regs-lib.c), each passed at the first
 * call through a lazy slot and again through the bound one: "register
 * arguments: kept kept".
 */
#include <stdio.h>
#include "regs.h"

static int called(void)
{
	v4si v[8];
	struct wide w;
	long sum;

	for (int i = 0; i < 8; i++)
		for (int j = 0; j < 4; j++)
			v[i][j] = 100 * i + j - 7;
	sum = vecs_if(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
	w = big_if(1, 2, 3, 4, 5, 6, 7, 8);
	return sum == 249136 && w.v[0] == 5 && w.v[1] == 25 && w.v[2] == 61 &&
	       w.v[3] == 113 && w.v[4] == 8;
}

void registers(void)
{
	int first = called(), again = called();

	printf("register arguments: %s %s\n", first ? "kept" : "lost",
	       again ? "kept" : "lost");
}
