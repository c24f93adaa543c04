/*
 * execenv [--qemu QEMU] [--argv0 NAME] [--link-pid TARGET STEM] [--close FD]...
 *         [-f FILE] [VAR=VALUE]... PROGRAM [ARG]...
 *
 * Run PROGRAM with exactly these environment entries, in this order,
 * duplicates and all (env(1) keeps one of each), FILE's lines where -f
 * stands.  PROGRAM is the first word without '='.  A host program (the C
 * library's); tests/lib/secure.sh runs every attack through it.
 *
 * --qemu: run `QEMU -E ENTRY... PROGRAM [ARG]...` with an empty
 * environment instead: the entries reach the guest only (qemu's own
 * loader never sees LD_PRELOAD & co., and in secure mode would strip
 * them).  qemu lists -E entries last first, so they are passed last
 * first; it keeps one entry of each name, and splits -E at commas.
 *
 * --argv0: PROGRAM gets NAME as argv[0] (under qemu: qemu's -0 NAME).
 * --link-pid: first make a symlink STEM.<pid> to TARGET, owned by the real
 * uid (the attacker): PROGRAM keeps this process's pid, qemu's too.
 * --close: PROGRAM (or qemu) starts with descriptor FD closed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/types.h>

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

static int closing[8], nclosing;

static void close_fds(void)
{
	for (int k = 0; k < nclosing; k++)
		close(closing[k]);
}

static int run_qemu(const char *qemu, char *argv0, char **argv)
{
	char **args, *none[] = { NULL };
	size_t n = 0, argc = 0;

	while (argv[argc])
		argc++;
	args = malloc((2 * count + argc + 4) * sizeof(*args));
	if (!args)
		return 126;
	args[n++] = (char *)qemu;
	if (argv0) {
		args[n++] = "-0";
		args[n++] = argv0;
	}
	for (size_t k = count; k-- > 0;) {
		args[n++] = "-E";
		args[n++] = entries[k];
	}
	for (size_t k = 0; k <= argc; k++)
		args[n++] = argv[k];
	close_fds();
	execve(qemu, args, none);
	perror(qemu);
	return 127;
}

int main(int argc, char **argv)
{
	int i = 1;
	const char *qemu = NULL;
	char *argv0 = NULL, *path;

	add(NULL);
	count = 0;
	for (; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--qemu"))
			qemu = argv[i + 1];
		else if (!strcmp(argv[i], "--argv0"))
			argv0 = argv[i + 1];
		else if (!strcmp(argv[i], "--link-pid") && i + 2 < argc) {
			char name[4096];
			snprintf(name, sizeof(name), "%s.%ld", argv[i + 2], (long)getpid());
			if (symlink(argv[i + 1], name) < 0 ||
			    lchown(name, getuid(), getgid()) < 0) {
				perror(name);
				return 126;
			}
			i++;
		} else if (!strcmp(argv[i], "--close") && nclosing < 8)
			closing[nclosing++] = atoi(argv[i + 1]);
		else
			break;
	}
	for (; i < argc; i++) {
		if (!strcmp(argv[i], "-f") && i + 1 < argc)
			add_file(argv[++i]);
		else if (strchr(argv[i], '='))
			add(argv[i]);
		else
			break;
	}
	if (i >= argc) {
		fprintf(stderr, "usage: execenv [--qemu QEMU] [--argv0 NAME] [--link-pid TARGET STEM] [--close FD]... [-f FILE] [VAR=VALUE]... PROGRAM [ARG]...\n");
		return 126;
	}
	if (qemu)
		return run_qemu(qemu, argv0, argv + i);
	path = argv[i];
	if (argv0)
		argv[i] = argv0;
	close_fds();
	execve(path, argv + i, entries);
	perror(path);
	return 127;
}
