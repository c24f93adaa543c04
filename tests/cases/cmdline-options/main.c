/* Prints argv[0] and whose greet() it reached. */
#include <stdio.h>
const char *greet(void);
int main(int argc, char **argv)
{
	printf("%s %s %d\n", argv[0], greet(), argc);
	return 0;
}
