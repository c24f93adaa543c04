/*
 * A set-uid helper: prints the environment it was given (with no
 * argument), or becomes root for good and runs a glibc program, iconv,
 * with that environment (argument "iconv"): what it hands its child.
 */
#include <stdio.h>
#include <string.h>
#include "attack.h"

extern char **environ;

int main(int argc, char **argv)
{
	static char *iconv_argv[] = { "iconv", "-f", "EVIL", "-t", "UTF-8",
				      "/dev/null", 0 };

	if (argc > 1 && !strcmp(argv[1], "iconv")) {
		attack_syscall3(NR_setgid, 0, 0, 0);
		attack_syscall3(NR_setuid, 0, 0, 0);
		fflush(stdout);
		attack_syscall3(NR_execve, (long)"/usr/bin/iconv", (long)iconv_argv,
				(long)environ);
		printf("cannot run iconv\n");
		return 1;
	}
	for (char **e = environ; *e; e++)
		printf("%s\n", *e);
	return 0;
}
