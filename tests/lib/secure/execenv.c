/*
 * execenv [-f FILE] [VAR=VALUE]... PROGRAM [ARG]...
 *
 * Run PROGRAM with exactly these environment entries, in this order,
 * duplicates and all (env(1) keeps one of each), FILE's lines where -f
 * stands.  PROGRAM is the first word without '='.  A host program (the C
 * library's); tests/lib/secure.sh runs every attack through it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char **entries;
static size_t count, cap;

static void add(char *entry)
{
	if (count + 1 >= cap) {
		cap = cap ? 2 * cap : 64;
		entries = realloc(entries, cap * sizeof(*entries));
		if (!entries)
			exit(126);
	}
	entries[count++] = entry;
	entries[count] = NULL;
}

static void add_file(const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t size = 0;
	ssize_t n;

	if (!f) {
		perror(path);
		exit(126);
	}
	while ((n = getline(&line, &size, f)) > 0) {
		if (line[n - 1] == '\n')
			line[n - 1] = 0;
		add(strdup(line));
	}
	fclose(f);
}

int main(int argc, char **argv)
{
	int i = 1;

	add(NULL);
	count = 0;
	for (; i < argc; i++) {
		if (!strcmp(argv[i], "-f") && i + 1 < argc)
			add_file(argv[++i]);
		else if (strchr(argv[i], '='))
			add(argv[i]);
		else
			break;
	}
	if (i >= argc) {
		fprintf(stderr, "usage: execenv [-f FILE] [VAR=VALUE]... PROGRAM [ARG]...\n");
		return 126;
	}
	execve(argv[i], argv + i, entries);
	perror(argv[i]);
	return 127;
}
