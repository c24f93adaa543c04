/* argv and the environment reach main unchanged, whichever way we start. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	const char *greeting = getenv("GREETING");

	printf("argc=%d\n", argc);
	for (int i = 0; i < argc; i++)
		printf("argv[%d]=[%s]\n", i, argv[i]);
	printf("GREETING=%s\n", greeting ? greeting : "(unset)");
	return 0;
}
