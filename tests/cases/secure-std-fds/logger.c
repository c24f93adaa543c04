/*
 * A privileged tool with a root-only log: it opens the log first, then
 * reports its argument, which the user chose, on stdout and stderr.  Were
 * 0, 1 or 2 closed, the log would take that number and the report would
 * land in it.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int log = open(SANDBOX "/private/log", O_WRONLY | O_APPEND);
	char line[64];

	if (log < 0)
		return 2;
	snprintf(line, sizeof(line), "log opened as fd %d\n", log);
	write(log, line, strlen(line));
	printf("report: %s\n", argc > 1 ? argv[1] : "");
	fflush(stdout);
	fprintf(stderr, "warning: %s\n", argc > 1 ? argv[1] : "");
	return 0;
}
