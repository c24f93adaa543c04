#include <stdio.h>

int lib_seen_tls(void);
int chosen(void);

/* An absolute word: bound at start, not at a first call. */
int (*chosen_pointer)(void) = chosen;

int main(void)
{
	printf("%d %d\n", chosen_pointer(), lib_seen_tls());
	return 0;
}
