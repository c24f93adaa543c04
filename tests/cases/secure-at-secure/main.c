/*
 * Prints what secure mode is decided from (AT_SECURE, whether the real
 * and effective ids agree), which who() it got, and which LD_* variables
 * reached it.
 */
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
extern char **environ;
const char *who(void);

int main(void)
{
	printf("AT_SECURE %lu, same ids %d\n", getauxval(AT_SECURE),
	       getauxval(AT_UID) == getauxval(AT_EUID) &&
	       getauxval(AT_GID) == getauxval(AT_EGID));
	printf("who=%s\n", who());
	for (char **e = environ; *e; e++)
		if (!strncmp(*e, "LD_", 3))
			printf("env %s\n", *e);
	printf("done\n");
	return 0;
}
