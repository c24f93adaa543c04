/*
 * COPY relocations of objects whose size changed between link and run.
 * The program reserved room for the sizes it was linked with: the copy
 * is the smaller of the two sizes.  grown's copy must not spill into
 * neighbour, which follows it; shrunk's copy fills only its first half,
 * and the rest stays zero (glibc copies the smaller size too).
 */
#include <stdio.h>
extern int grown[4], shrunk[8];
int neighbour[4];

static void show(const char *name, const int *a, int n)
{
	printf("%s:", name);
	for (int i = 0; i < n; i++)
		printf(" %d", a[i]);
	printf("\n");
}

int main(void)
{
	show("grown", grown, 4);
	show("neighbour", neighbour, 4);
	show("shrunk", shrunk, 8);
	return 0;
}
