/* main's return value becomes the exit status; stderr is passed through. */
#include <stdio.h>

int main(void)
{
	fputs("going with 3\n", stderr);
	return 3;
}
