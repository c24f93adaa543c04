/*
 * Reports instead of running the program: --list (ldd's output, also for
 * LD_TRACE_LOADED_OBJECTS=1), --graph (the dependency graph as Graphviz
 * DOT, nodes labelled with load and init order) and --audit (a hardening
 * row per object, and --require to turn it into a policy check).  They run
 * after loading, before relocation, and exit.
 */
#include "ldso.h"

#define DF_1_PIE 0x08000000

static const char *display_name(const struct dso *d)
{
	if (d->is_main)
		return d->path;
	if (d->is_loader && d->soname)
		return d->soname;
	return d->needed_name ? d->needed_name : d->path;
}

static const char *address_format(void)
{
	return sizeof(void *) == 8 ? "%016lx" : "%08lx";
}

static LDSO_NORETURN void list(void)
{
	bool missing = false;
	char addr[24];

	for (struct dso *d = ldso.head; d; d = d->next) {
		if (d->is_main)
			continue;
		if (d->missing) {
			ldso_printf(1, "\t%s => not found\n", d->path);
			missing = true;
			continue;
		}
		ldso_snprintf(addr, sizeof(addr), address_format(),
			      (unsigned long)(d->base + d->vaddr_lo));
		if (d->is_loader || d->is_preload)
			ldso_printf(1, "\t%s (0x%s)\n", d->path, addr);
		else
			ldso_printf(1, "\t%s => %s (0x%s)\n", display_name(d),
				    d->path, addr);
	}
	ldso_exit(missing ? 1 : 0);
}

static size_t init_position(const struct dso *d)
{
	for (size_t i = 0; i < ldso.init_count; i++)
		if (ldso.init_order[i] == d)
			return i + 1;
	return 0;
}

static size_t load_position(const struct dso *d)
{
	size_t n = 0;

	for (struct dso *e = ldso.head; e && e != d; e = e->next)
		n++;
	return n;
}

static LDSO_NORETURN void graph(void)
{
	ldso_order_init();
	ldso_printf(1, "digraph \"%s\" {\n\trankdir=LR;\n\tnode [shape=box];\n",
		    ldso.main->path);
	for (struct dso *d = ldso.head; d; d = d->next) {
		size_t init = init_position(d);
		char order[32];
		if (d->is_main || d->is_loader || !init)
			ldso_snprintf(order, sizeof(order), "%s",
				      d->is_main ? "by its start files" : "none");
		else
			ldso_snprintf(order, sizeof(order), "%zu", init);
		ldso_printf(1, "\tn%zu [label=\"%s\\nload %zu, init %s\"%s];\n",
			    load_position(d), display_name(d), load_position(d),
			    order,
			    d->is_preload ? ", style=dashed"
			    : d->is_loader ? ", style=rounded" : "");
	}
	for (struct dso *d = ldso.head; d; d = d->next) {
		if (d->is_preload)
			ldso_printf(1, "\tn0 -> n%zu [style=dashed, label=\"LD_PRELOAD\"];\n",
				    load_position(d));
		for (size_t i = 0; i < d->ndeps; i++)
			ldso_printf(1, "\tn%zu -> n%zu;\n", load_position(d),
				    load_position(d->deps[i]));
	}
	ldso_printf(1, "}\n");
	ldso_exit(0);
}

/* What --audit reports of one object. */
struct audit {
	bool pie, relro, full_relro, nx, ssp, fortify, textrel, bind_now;
	const char *path_kind;
};

static bool is_fortify_name(const char *s)
{
	size_t n = ldso_strlen(s);

	return n > 6 && s[0] == '_' && s[1] == '_' &&
	       !ldso_strcmp(s + n - 4, "_chk");
}

static void scan_symbols(const struct dso *d, struct audit *a)
{
	for (size_t i = 1; i < d->nsyms; i++) {
		const char *s = ldso_dso_string(d, d->symtab[i].st_name);
		if (!s)
			continue;
		/* A reference, not a definition: libssp defines them. */
		if (d->symtab[i].st_shndx == SHN_UNDEF &&
		    (!ldso_strcmp(s, "__stack_chk_fail") ||
		     !ldso_strcmp(s, "__stack_chk_guard") ||
		     !ldso_strcmp(s, "__stack_chk_fail_local")))
			a->ssp = true;
		if (d->symtab[i].st_shndx == SHN_UNDEF && is_fortify_name(s))
			a->fortify = true;
	}
}

/* Code that reads the TLS canary (%fs:0x28 / %gs:0x14) is protected too. */
static void scan_code(const struct dso *d, struct audit *a)
{
	for (size_t i = 0; i < d->phnum && !a->ssp; i++) {
		const Elf_Phdr *ph = &d->phdr[i];
		if (ph->p_type == PT_LOAD && (ph->p_flags & PF_X) &&
		    (ph->p_flags & PF_R))
			a->ssp = arch_reads_canary(
				(const unsigned char *)(d->base + ph->p_vaddr),
				ph->p_filesz);
	}
}

static void audit_object(const struct dso *d, struct audit *a)
{
	Elf_Addr flags_1 = 0;

	memset(a, 0, sizeof(*a));
	for (size_t i = 0; d->dynamic && i < d->dynamic_count; i++) {
		if (d->dynamic[i].d_tag == DT_NULL)
			break;
		if (d->dynamic[i].d_tag == DT_FLAGS_1)
			flags_1 = d->dynamic[i].d_val;
	}
	a->pie = !d->is_main || d->base != 0 || (flags_1 & DF_1_PIE);
	a->relro = d->relro != 0;
	a->bind_now = d->bind_now;
	a->full_relro = a->relro && a->bind_now;
	a->nx = !d->exec_stack;
	a->textrel = d->textrel;
	a->path_kind = d->rpath ? "rpath" : d->runpath ? "runpath" : "-";
	scan_symbols(d, a);
	scan_code(d, a);
}

static const char *yes(bool b)
{
	return b ? "yes" : "no";
}

/* The first policy word of `require` that a fails, or 0. */
static const char *policy_failure(const struct audit *a, const struct dso *d)
{
	const char *p = ldso.require;

	while (p && *p) {
		size_t n = 0;
		bool ok = true;
		while (p[n] && p[n] != ',')
			n++;
		if (n == 3 && !ldso_strncmp(p, "pie", 3))
			ok = a->pie;
		else if (n == 5 && !ldso_strncmp(p, "relro", 5))
			ok = a->relro;
		else if (n == 9 && !ldso_strncmp(p, "fullrelro", 9))
			ok = a->full_relro;
		else if (n == 2 && !ldso_strncmp(p, "nx", 2))
			ok = a->nx;
		else if (n == 3 && !ldso_strncmp(p, "ssp", 3))
			ok = a->ssp;
		else if (n == 7 && !ldso_strncmp(p, "fortify", 7))
			ok = a->fortify;
		else if (n == 9 && !ldso_strncmp(p, "notextrel", 9))
			ok = !a->textrel;
		else if (n == 7 && !ldso_strncmp(p, "bindnow", 7))
			ok = a->bind_now;
		else
			ldso_fail(0, "unknown --require policy: %s", p);
		if (!ok)
			return ldso_strndup(p, n);
		p += n;
		if (*p)
			p++;
	}
	(void)d;
	return 0;
}

/* The OBJECT column: as wide as the longest path, so rows line up. */
static void print_object_column(const char *path, size_t width)
{
	char pad[64];
	size_t n = ldso_strlen(path), fill = width > n ? width - n : 0;

	if (fill >= sizeof(pad))
		fill = sizeof(pad) - 1;
	memset(pad, ' ', fill);
	pad[fill] = 0;
	ldso_printf(1, "%s%s ", path, pad);
}

static LDSO_NORETURN void audit(void)
{
	int failed = 0;
	size_t width = 6;

	for (struct dso *d = ldso.head; d; d = d->next)
		if (ldso_strlen(d->path) > width)
			width = ldso_strlen(d->path);
	print_object_column("OBJECT", width);
	ldso_printf(1, "%-4s %-8s %-4s %-4s %-8s %-8s %-8s %s\n", "PIE",
		    "RELRO", "NX", "SSP", "FORTIFY", "TEXTREL", "PATHS",
		    "BIND_NOW");
	for (struct dso *d = ldso.head; d; d = d->next) {
		struct audit a;
		const char *bad;
		audit_object(d, &a);
		print_object_column(d->path, width);
		ldso_printf(1, "%-4s %-8s %-4s %-4s %-8s %-8s %-8s %s\n",
			    d->is_main ? yes(a.pie) : "dso",
			    a.full_relro ? "full" : a.relro ? "partial" : "none",
			    yes(a.nx), yes(a.ssp), yes(a.fortify), yes(a.textrel),
			    a.path_kind, yes(a.bind_now));
		if ((bad = policy_failure(&a, d))) {
			ldso_error(d->path, "does not meet the policy: %s", bad);
			failed = 1;
		}
	}
	ldso_exit(failed);
}

void ldso_report(void)
{
	if (ldso.list_mode)
		list();
	if (ldso.report == REPORT_GRAPH)
		graph();
	audit();
}
