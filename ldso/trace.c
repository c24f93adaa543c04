/*
 * LD_DEBUG: what the loader did, on stderr or in LD_DEBUG_OUTPUT.<pid>.
 * Categories, comma separated: boot (the stages in order), libs (every
 * path tried, as glibc), reloc (each object relocated), symbols (each
 * lookup), bindings (where each symbol bound), init (constructors and
 * destructors), statistics (relocation counts per object and type, symbol
 * lookups, time per stage, the symbol table built and freed, relocation
 * entries released), all; help lists them and exits.
 * Lines start with the process id, as glibc's do.  The canary's value is
 * never printed.
 */
#include "ldso.h"

#define AT_FDCWD -100
#define O_WRONLY 1
#define O_CREAT 0100
#define O_TRUNC 01000
#define O_NOFOLLOW ARCH_O_NOFOLLOW
#define CLOCK_MONOTONIC 1

unsigned ldso_debug;
static int trace_fd = 2;
static long pid;
static uint64_t stage_start;

static const struct {
	const char *name;
	unsigned mask;
	const char *help;
} categories[] = {
	{ "boot", DEBUG_BOOT, "the boot stages in order, with what each did" },
	{ "libs", DEBUG_LIBS, "library search: every path tried" },
	{ "reloc", DEBUG_RELOC, "relocation processing, object by object" },
	{ "symbols", DEBUG_SYMBOLS, "each symbol lookup" },
	{ "bindings", DEBUG_BINDINGS, "where each symbol reference bound" },
	{ "init", DEBUG_INIT, "constructors and destructors called" },
	{ "statistics", DEBUG_STATISTICS, "relocation counts, lookups, time per stage" },
	{ "all", DEBUG_ALL, "all of the above" },
};

static LDSO_NORETURN void print_help(void)
{
	ldso_printf(1, "Valid options for the LD_DEBUG environment variable are:\n\n");
	for (size_t i = 0; i < sizeof(categories) / sizeof(categories[0]); i++)
		ldso_printf(1, "  %-12s%s\n", categories[i].name, categories[i].help);
	ldso_printf(1, "  %-12s%s\n\n", "help", "this list");
	ldso_printf(1, "To direct the output into a file instead of standard error,\n"
		       "LD_DEBUG_OUTPUT names its stem; .<pid> is appended.\n");
	ldso_exit(0);
}

static unsigned category_mask(const char *s, size_t n)
{
	for (size_t i = 0; i < sizeof(categories) / sizeof(categories[0]); i++)
		if (ldso_strlen(categories[i].name) == n &&
		    !ldso_strncmp(s, categories[i].name, n))
			return categories[i].mask;
	if (n == 4 && !ldso_strncmp(s, "help", 4))
		print_help();
	return 0;
}

static long open_output(const char *stem)
{
	char path[LDSO_PATH_MAX];
	size_t n = ldso_strlen(stem);
	char digits[24];
	size_t d = sizeof(digits);
	long p = pid;

	do {
		digits[--d] = (char)('0' + p % 10);
		p /= 10;
	} while (p);
	if (n + 1 + (sizeof(digits) - d) + 1 > sizeof(path))
		return -ENAMETOOLONG;
	memcpy(path, stem, n);
	path[n] = '.';
	memcpy(path + n + 1, digits + d, sizeof(digits) - d);
	path[n + 1 + sizeof(digits) - d] = 0;
	return arch_syscall4(SYS_openat, AT_FDCWD, (long)path,
			     O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
			     0644);
}

/* LD_DEBUG and LD_DEBUG_OUTPUT (ignored in secure mode, as glibc). */
void ldso_trace_setup(const char *spec, const char *output)
{
	while (spec && *spec) {
		size_t n = 0;
		while (spec[n] && spec[n] != ',' && spec[n] != ':' && spec[n] != ' ')
			n++;
		ldso_debug |= category_mask(spec, n);
		spec += n;
		if (*spec)
			spec++;
	}
	/* Nothing asked, nothing to pay: no getpid, no clock. */
	if (!ldso_debug)
		return;
	pid = arch_syscall0(SYS_getpid);
	if (output && *output && !ldso.secure) {
		long fd = open_output(output);
		if (fd >= 0)
			trace_fd = (int)fd;
	}
	if (ldso_debug & DEBUG_STATISTICS)
		stage_start = ldso_now_ns();
}

void ldso_trace(const char *fmt, ...)
{
	char line[600];
	va_list ap;
	size_t n;

	ldso_worker_gate();	/* output is in relocation order (worker.c) */
	if (!pid)
		pid = arch_syscall0(SYS_getpid);
	va_start(ap, fmt);
	n = ldso_format(line, sizeof(line), fmt, ap);
	va_end(ap);
	ldso_printf(trace_fd, "%5d:\t%s\n", (int)pid, line);
	(void)n;
}

uint64_t ldso_now_ns(void)
{
	struct {
		long sec, nsec;
	} ts = { 0, 0 };

	arch_syscall2(SYS_clock_gettime, CLOCK_MONOTONIC, (long)&ts);
	return (uint64_t)ts.sec * 1000000000u + (uint64_t)ts.nsec;
}

/* boot and statistics: one line per stage, with its time when asked. */
void ldso_trace_stage(const char *stage, const char *fmt, ...)
{
	char line[400];
	uint64_t now;
	va_list ap;

	if (!(ldso_debug & (DEBUG_BOOT | DEBUG_STATISTICS)))
		return;
	now = ldso_debug & DEBUG_STATISTICS ? ldso_now_ns() : 0;
	va_start(ap, fmt);
	ldso_format(line, sizeof(line), fmt, ap);
	va_end(ap);
	if (ldso_debug & DEBUG_STATISTICS)
		ldso_trace("boot: %s: %s [%u us]", stage, line,
			   (unsigned)((now - stage_start) / 1000));
	else
		ldso_trace("boot: %s: %s", stage, line);
	stage_start = now;
}
