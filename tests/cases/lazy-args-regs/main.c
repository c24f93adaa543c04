/* Each function called twice: through its lazy slot, then bound. */
#include <stdio.h>
#include "args.h"

int main(void)
{
	for (int pass = 0; pass < 2; pass++) {
		long m = mixed(1, 2, 3, 4, 5, 6, 7, 8, 0.5, 1.5, 2.5, 3.5, 4.5,
			       5.5, 6.5, 7.5);
		struct big b = big(3);
		double f = fp(1, 2, 3, 4);

		printf("pass %d: mixed %ld, big %ld %ld %ld %ld %ld, fp*10 %ld\n", pass,
		       m, b.v[0], b.v[1], b.v[2], b.v[3], b.v[4], (long)(f * 10));
	}
	return 0;
}
