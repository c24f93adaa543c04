/*
 * References gone(), missing at run time, through the PLT; calls it only
 * when asked ("call").  Lazily bound, the program runs, and only the call
 * fails: glibc's message, exit 127.
 */
#include <stdio.h>
#include <string.h>

void gone(void);
int here(int x);

int main(int argc, char **argv)
{
	printf("here(2) = %d\n", here(2));
	if (argc > 1 && !strcmp(argv[1], "call")) {
		printf("calling gone\n");
		fflush(stdout);
		gone();
		printf("gone returned\n");
	}
	return 0;
}
