/*
 * Run as a command: `ld.so [OPTION]... PROGRAM [ARGS]...`.  The loader maps
 * the program itself, then rebuilds the start of the stack so the program
 * sees what the kernel would have shown it: argv without the loader and
 * its options, and AT_PHDR, AT_PHNUM, AT_ENTRY and AT_EXECFN describing the
 * program (as glibc does; musl leaves them describing the loader).
 */
#include "ldso.h"

static const char usage_text[] =
	"usage: ld.so [OPTION]... PROGRAM [ARGS]...\n"
	"Load PROGRAM and the shared objects it needs, then run it.\n"
	"\n"
	"  --list               list the objects PROGRAM needs, as ldd does\n"
	"  --verify             exit 0 if PROGRAM is dynamic, 1 if static\n"
	"  --library-path PATH  use PATH instead of LD_LIBRARY_PATH\n"
	"  --preload LIST       load the objects in LIST first\n"
	"  --argv0 NAME         set argv[0] of the program to NAME\n"
	"  --graph              print the dependency graph as Graphviz DOT\n"
	"  --audit              print a hardening report, one row per object\n"
	"  --require LIST       with --audit: fail unless every object has each\n"
	"                       of LIST (pie,relro,fullrelro,nx,ssp,fortify,\n"
	"                       notextrel,bindnow)\n"
	"  --help               this text\n"
	"  --version            the loader's version\n"
	"\n"
	"Environment: LD_LIBRARY_PATH, LD_PRELOAD, LD_DEBUG (LD_DEBUG=help lists\n"
	"its categories), LD_DEBUG_OUTPUT, LD_TRACE_LOADED_OBJECTS.\n";

static LDSO_NORETURN void usage(int fd, int status)
{
	ldso_printf(fd, "%s", usage_text);
	ldso_exit(status);
}

/* Options without an argument; true if opt was one. */
static bool flag_option(const char *opt)
{
	if (!ldso_strcmp(opt, "--list"))
		ldso.list_mode = true;
	else if (!ldso_strcmp(opt, "--verify"))
		ldso.report = REPORT_VERIFY;
	else if (!ldso_strcmp(opt, "--graph"))
		ldso.report = REPORT_GRAPH;
	else if (!ldso_strcmp(opt, "--audit"))
		ldso.report = REPORT_AUDIT;
	else if (!ldso_strcmp(opt, "--help"))
		usage(1, 0);
	else if (!ldso_strcmp(opt, "--version")) {
		ldso_printf(1, "ld.so (ldso) " LDSO_VERSION " for " ARCH_NAME "\n");
		ldso_exit(0);
	} else
		return false;
	return true;
}

/* Parse options; returns the index of PROGRAM in argv. */
static int parse_options(int argc, char **argv, const char **argv0)
{
	int i = 1;

	while (i < argc && argv[i][0] == '-' && argv[i][1] == '-') {
		const char *opt = argv[i];
		if (!ldso_strcmp(opt, "--")) {
			i++;
			break;
		}
		if (flag_option(opt)) {
			i++;
			continue;
		}
		if (i + 1 >= argc)
			usage(2, LDSO_EXIT_USAGE);
		if (!ldso_strcmp(opt, "--library-path"))
			ldso.library_path = argv[i + 1];
		else if (!ldso_strcmp(opt, "--preload"))
			ldso.preload = argv[i + 1];
		else if (!ldso_strcmp(opt, "--argv0"))
			*argv0 = argv[i + 1];
		else if (!ldso_strcmp(opt, "--require")) {
			ldso.require = argv[i + 1];
			ldso.report = REPORT_AUDIT;
		} else
			ldso_fail(0, "unknown option: %s", opt);
		i += 2;
	}
	if (i >= argc)
		usage(2, LDSO_EXIT_USAGE);
	return i;
}

static struct dso *open_program(const char *path)
{
	long fd = ldso_open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	struct ldso_file_head head;
	struct dso *d;

	if (fd < 0)
		ldso_fail(path, "cannot open: %s", ldso_strerror(fd));
	ldso_read_head(fd, &head);
	d = ldso_map_file(path, fd, true, &head, 0);
	ldso_close(fd);
	return d;
}

/*
 * Drop `skip` words of argv and rewrite the block argc..auxv so that it
 * starts 16-byte aligned, as the psABI requires at process entry.  The new
 * start is never above the old argv[skip], so copying upwards word by word
 * never overwrites a word not yet read.
 */
static uintptr_t *shift_arguments(uintptr_t *sp, int skip)
{
	uintptr_t *new_sp = (uintptr_t *)(((uintptr_t)(sp + skip)) & ~(uintptr_t)15);
	uintptr_t *src = sp + 1 + skip, *dst = new_sp + 1;
	int nulls = 0;

	new_sp[0] = sp[0] - skip;
	/* argv and envp end with one NULL each; auxv with an AT_NULL pair. */
	while (nulls < 2) {
		if (*src == 0)
			nulls++;
		*dst++ = *src++;
	}
	do {
		dst[0] = src[0];
		dst[1] = src[1];
		dst += 2;
		src += 2;
	} while (dst[-2] != AT_NULL);
	return new_sp;
}

static void describe_program(uintptr_t *sp, const struct dso *d)
{
	uintptr_t *p = sp + 1 + sp[0] + 1;

	while (*p)
		p++;
	for (p++; p[0] != AT_NULL; p += 2) {
		if (p[0] == AT_PHDR)
			p[1] = (uintptr_t)d->phdr;
		else if (p[0] == AT_PHNUM)
			p[1] = d->phnum;
		else if (p[0] == AT_ENTRY)
			p[1] = d->entry_point;
		else if (p[0] == AT_EXECFN)
			p[1] = (uintptr_t)d->path;
		if (p[0] < AUX_COUNT)
			ldso.aux[p[0]] = p[1];
	}
}

uintptr_t *ldso_command_mode(uintptr_t *sp, int *argc_io)
{
	char **argv = (char **)(sp + 1);
	const char *argv0 = 0;
	int index = parse_options(*argc_io, argv, &argv0);

	ldso.main = open_program(argv[index]);
	sp = shift_arguments(sp, index);
	*argc_io = (int)sp[0];
	if (argv0)
		((char **)(sp + 1))[0] = (char *)argv0;
	describe_program(sp, ldso.main);
	return sp;
}
