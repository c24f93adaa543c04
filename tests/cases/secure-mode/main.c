/* Prints which who() it got and which LD_* variables (and KEEP) reached it. */
#include <stdio.h>
#include <string.h>
extern char **environ;
const char *who(void);

int main(void)
{
	printf("who=%s\n", who());
	for (char **e = environ; *e; e++)
		if (!strncmp(*e, "LD_", 3) || !strncmp(*e, "KEEP=", 5))
			printf("env %s\n", *e);
	printf("done\n");
	return 0;
}
