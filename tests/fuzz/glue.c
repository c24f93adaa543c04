/*
 * The loader's side of the fuzz harness: compiled with the loader's own
 * headers (ldso.h), it replaces what the parsing code calls outside
 * map.c, dynamic.c, symbol.c and reloc.c.  The harness's side (harness.c)
 * uses the C library; the two never share a header, because ldso.h
 * defines O_*, PROT_* and errno names of its own.
 *
 *   ldso_fail, ldso_exit   leave the input through fuzz_bail (longjmp)
 *   ldso_alloc             malloc, freed after each input (ASan sees it);
 *                          ldso_alloc_filled too (no huge pages here)
 *   ldso_mmap              the host's mmap, minus PROT_EXEC (no input code
 *                          can run), with guard pages around every
 *                          reservation, and a check that MAP_FIXED stays
 *                          inside the current reservation
 *
 * IFUNC resolver calls are avoided by not relocating inputs that could
 * make one (has_resolvers).
 */
#include "ldso.h"
#include "symtable.h"

/* harness.c */
LDSO_NORETURN void fuzz_bail(void);
void fuzz_abort(const char *why);
void fuzz_message(const char *fmt, va_list ap);
void *host_malloc(size_t n);
void host_free(void *p);
void *host_mmap(void *addr, size_t len, int prot, int flags, int fd,
		uint64_t offset);
int host_munmap(void *addr, size_t len);
int host_mprotect(void *addr, size_t len, int prot);
long host_pread(int fd, void *buf, size_t len, uint64_t offset);
long host_fstat(int fd, uint64_t *size, uint32_t *mode, uint64_t *ino);

struct ldso_state ldso;

/* ---- failing ------------------------------------------------------------ */

void ldso_vprintf(int fd, const char *fmt, va_list ap)
{
	(void)fd;
	fuzz_message(fmt, ap);
}

void ldso_printf(int fd, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	ldso_vprintf(fd, fmt, ap);
	va_end(ap);
}

void ldso_error(const char *file, const char *fmt, ...)
{
	va_list ap;

	(void)file;
	va_start(ap, fmt);
	fuzz_message(fmt, ap);
	va_end(ap);
}

void ldso_fail(const char *file, const char *fmt, ...)
{
	va_list ap;

	(void)file;
	va_start(ap, fmt);
	fuzz_message(fmt, ap);
	va_end(ap);
	fuzz_bail();
}

void ldso_exit(int status)
{
	(void)status;
	fuzz_bail();
}

/* ---- memory --------------------------------------------------------------- */

#define MAX_ALLOCS 4096
static void *allocs[MAX_ALLOCS];
static size_t nallocs;

void *ldso_alloc(size_t size)
{
	void *p;

	if (nallocs == MAX_ALLOCS)
		fuzz_abort("too many allocations for one input");
	p = host_malloc(size ? size : 1);
	memset(p, 0, size);
	allocs[nallocs++] = p;
	return p;
}

char *ldso_strdup(const char *s)
{
	return ldso_strndup(s, ldso_strlen(s));
}

/* The inputs are not files on disk: their names need no directory. */
char *ldso_absolute_copy(const char *path)
{
	(void)path;
	return 0;
}

char *ldso_strndup(const char *s, size_t n)
{
	char *p = ldso_alloc(n + 1);

	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

size_t ldso_strlen(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

size_t ldso_strnlen(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n])
		n++;
	return n;
}

int ldso_strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

const char *ldso_strerror(long err)
{
	(void)err;
	return "error";
}

/* ---- system calls ------------------------------------------------------- */

/* Guard pages around each reservation: a stray access just outside faults. */
#define GUARD (64 * 1024)
#define MAX_RESERVATIONS 8
static struct {
	char *lo, *hi;			/* what the loader asked for */
} reservations[MAX_RESERVATIONS];
static size_t nreservations;

static bool inside_reservation(uintptr_t lo, size_t len)
{
	for (size_t i = 0; i < nreservations; i++)
		if (lo >= (uintptr_t)reservations[i].lo &&
		    len <= (uintptr_t)(reservations[i].hi - reservations[i].lo) &&
		    lo - (uintptr_t)reservations[i].lo <=
			    (uintptr_t)(reservations[i].hi - reservations[i].lo) - len)
			return true;
	return false;
}

void *ldso_mmap(void *addr, size_t len, int prot, int flags, int fd,
		uint64_t offset)
{
	char *p;

	prot &= ~PROT_EXEC;
	if (flags & MAP_FIXED) {
		if (!inside_reservation((uintptr_t)addr, len))
			fuzz_abort("MAP_FIXED outside the object's reservation");
		return host_mmap(addr, len, prot, flags, fd, offset);
	}
	/* A reservation: anonymous and PROT_NONE, or mapped from the file
	 * with its first segment's protection (map.c's reserve_span). */
	if ((flags & MAP_ANONYMOUS) && prot != PROT_NONE)
		fuzz_abort("unexpected mapping");
	if (nreservations == MAX_RESERVATIONS || len > ~(size_t)0 - 2 * GUARD)
		return (void *)-12L;
	if (flags & MAP_FIXED_NOREPLACE) {
		/* below mmap_min_addr plus the guard: EPERM, as the kernel would */
		if ((uintptr_t)addr < 0x10000 + GUARD)
			return (void *)-1L;
		p = host_mmap((char *)addr - GUARD, len + 2 * GUARD, PROT_NONE,
			      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	} else {
		p = host_mmap(0, len + 2 * GUARD, PROT_NONE,
			      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	}
	if (ldso_mmap_failed(p))
		return p;
	if (!(flags & MAP_ANONYMOUS)) {
		char *f = host_mmap(p + GUARD, len, prot, MAP_PRIVATE | MAP_FIXED,
				    fd, offset);
		if (ldso_mmap_failed(f)) {
			host_munmap(p, len + 2 * GUARD);
			return f;
		}
	}
	reservations[nreservations].lo = p + GUARD;
	reservations[nreservations].hi = p + GUARD + len;
	nreservations++;
	return p + GUARD;
}

bool ldso_mmap_failed(void *p)
{
	return (uintptr_t)p > (uintptr_t)-4096;
}

long ldso_munmap(void *addr, size_t len)
{
	for (size_t i = 0; i < nreservations; i++)
		if (reservations[i].lo == addr) {
			host_munmap((char *)addr - GUARD, len + 2 * GUARD);
			reservations[i] = reservations[--nreservations];
			return 0;
		}
	fuzz_abort("munmap of something not reserved");
	return 0;
}

/* Released pages would read back the same: the harness keeps them. */
long ldso_madvise(void *addr, size_t len, int advice)
{
	(void)advice;
	if (!inside_reservation((uintptr_t)addr, len))
		fuzz_abort("madvise outside the object's reservation");
	return 0;
}

long ldso_mprotect(void *addr, size_t len, int prot)
{
	if (!inside_reservation((uintptr_t)addr, len))
		fuzz_abort("mprotect outside the object's reservation");
	return host_mprotect(addr, len, prot & ~PROT_EXEC);
}

long ldso_pread(int fd, void *buf, size_t len, uint64_t offset)
{
	return host_pread(fd, buf, len, offset);
}

long ldso_fstat(int fd, struct ldso_file_id *id)
{
	id->dev = 1;
	return host_fstat(fd, &id->size, &id->mode, &id->ino);
}

/* ---- what the rest of the loader would provide ---------------------------- */

void ldso_free(void *ptr)
{
	(void)ptr;	/* freed with the rest after the input */
}

void *ldso_alloc_filled(size_t size, size_t front)
{
	(void)front;	/* all of it is a block here */
	return ldso_alloc(size);
}

void ldso_free_filled(void *ptr, size_t size)
{
	(void)ptr;	/* freed with the rest after the input */
	(void)size;
}

/* Only their addresses are stored (TLS descriptors); never called. */
void ldso_tlsdesc_static(void)
{
}

void ldso_tlsdesc_dynamic(void)
{
}

/* tls.c's answer for a block at tls_offset, in variant II (x86). */
ptrdiff_t ldso_tls_offset(const struct dso *d)
{
	return -d->tls_offset;
}

void ldso_debug_set_dt_debug(struct dso *main)
{
	(void)main;
}

/* Lazy binding (lazy.c): the trampolines' addresses go into GOT[2], and
 * no input code runs, so no first call ever reaches the fixup. */
void ldso_lazy_xsavec(void)
{
}

void ldso_lazy_xsave(void)
{
}

void ldso_lazy_fxsave(void)
{
}

#if ARCH_ELF_CLASS == ELFCLASS32
void ldso_lazy_fnsave(void)
{
}
#endif

/* aarch64's and riscv64's one trampoline (their arch_lazy_setup). */
void ldso_lazy_trampoline(void)
{
}

uint32_t ldso_lazy_xsave_mask;
size_t ldso_lazy_state_size;

/* Stage 6's worker (worker.c, gate.c): never, one thread relocates. */
struct ldso_worker_sync ldso_worker_sync;

void ldso_worker_wait_turn(void)
{
}

bool ldso_worker_wanted(void)
{
	return false;
}

bool ldso_worker_start(void (*fn)(void *), void *arg)
{
	(void)fn;
	(void)arg;
	return false;
}

void ldso_worker_let_first(void)
{
}

void ldso_worker_join(void)
{
}

/* symtable.c's two-thread build waits on these: never reached here. */
void ldso_flag_set(int *flag)
{
	*flag = 1;
}

void ldso_flag_wait(int *flag)
{
	(void)flag;
}

void ldso_lock(void)
{
}

void ldso_unlock(void)
{
}

/* ---- one input -------------------------------------------------------------- */

struct dso *fuzz_current;

/* Undo everything an input did, whether it finished or bailed out. */
void fuzz_cleanup(void)
{
	/* First: the table's header is one of the allocations freed below. */
	ldso_symtable_drop();
	while (nreservations)
		ldso_munmap(reservations[0].lo,
			    reservations[0].hi - reservations[0].lo);
	for (size_t i = 0; i < nallocs; i++)
		host_free(allocs[i]);
	nallocs = 0;
	fuzz_current = 0;
	memset(&ldso, 0, sizeof(ldso));
}

/*
 * Relocation runs only when no resolver could be called: no IRELATIVE
 * relocation and no STT_GNU_IFUNC symbol (the scope is d alone).
 */
static bool has_resolvers(const struct dso *d)
{
	const Elf_Reloc *tables[2] = { d->rel, d->jmprel };
	size_t sizes[2] = { d->relsz, d->jmprelsz };

	for (size_t i = 0; i < d->nsyms; i++)
		if (ST_TYPE(d->symtab[i].st_info) == STT_GNU_IFUNC)
			return true;
	for (int t = 0; t < 2; t++)
		for (size_t i = 0; i < sizes[t] / sizeof(Elf_Reloc); i++)
			if (arch_reloc_kind(ARCH_R_TYPE(tables[t][i].r_info)) ==
			    REL_IRELATIVE)
				return true;
	return false;
}

/* What the decoded dso promises to everything after it. */
static void check_invariants(const struct dso *d)
{
	if (d->strtab && !ldso_in_image(d, (Elf_Addr)d->strtab - d->base, d->strsz))
		fuzz_abort("strtab outside the image after decoding");
	if (d->symtab && !ldso_in_image(d, (Elf_Addr)d->symtab - d->base,
					d->nsyms * sizeof(Elf_Sym)))
		fuzz_abort("symtab outside the image after decoding");
	for (size_t i = 0; i < d->dynamic_count; i++) {
		if (d->dynamic[i].d_tag == DT_NULL)
			break;
		if (d->dynamic[i].d_tag == DT_NEEDED &&
		    !ldso_dso_string(d, d->dynamic[i].d_val))
			fuzz_abort("DT_NEEDED string invalid after decoding");
	}
}

static const char *const fixed_names[] = {
	"main", "foo", "bar", "lib_value", "lib_func", "_start", "", "x",
	"__tls_get_addr", "environ",
};

/* Each fixed name and each of the first symbols by its own name. */
static void lookups(struct dso *d)
{
	for (size_t i = 0; i < sizeof(fixed_names) / sizeof(*fixed_names); i++) {
		ldso_lookup(fixed_names[i], 0, d, 0);
		ldso_lookup_in(fixed_names[i], "LIBCORP_1", &d, 1);
	}
	/* Each of the first symbols by its own name and the version it wants. */
	for (size_t i = 1; i < d->nsyms && i < 64; i++) {
		const char *name = ldso_dso_string(d, d->symtab[i].st_name);
		if (name) {
			ldso_lookup(name, ldso_version_wanted(d, i), d, 0);
			ldso_lookup(name, 0, d, LOOKUP_FOR_PLT | LOOKUP_SKIP_MAIN);
		}
	}
}

/*
 * tables: the second pass over an input.  The harness is built with
 * LDSO_SYMTABLE_ALWAYS, so the global table and a dlopen group's table
 * of d are built whatever they hold: the lookups probe them (the
 * group's after the global one misses) and relocation goes in warmed
 * runs (reloc.c).
 */
void fuzz_one(const char *path, int fd, bool is_main, bool tables)
{
	struct ldso_file_head head;
	struct dso *d;

	ldso.page_size = ARCH_PAGE_SIZE;	/* boot.c's, from AT_PAGESZ */
	ldso_read_head(fd, &head);	/* the one read of the file's start */
	ldso_file_fits(&head);		/* the search's first look at a candidate */
	d = ldso_map_file(path, fd, is_main, &head, 0);

	fuzz_current = d;
	d->is_main = is_main;
	d->global = true;
	ldso.head = ldso.tail = ldso.main = d;
	ldso_decode_dynamic(d);
	check_invariants(d);
	if (!d->dynamic)
		return;
	if (tables) {
		ldso_symtable_build();
		ldso_symtable_for_list(&d->local_table, &d, 1);
		if (!ldso_global_symtable)	/* too many symbols for an index */
			return;
	}
	lookups(d);
	if (!has_resolvers(d)) {
		ldso_relocate_objects(d, false);
		ldso_protect_relro(d);
	}
}

/* ---- tracing (LD_DEBUG) is off in the harness ------------------------------ */

unsigned ldso_debug;

void ldso_trace(const char *fmt, ...)
{
	(void)fmt;
}

int fuzz_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);

size_t ldso_snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = fuzz_vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n < 0 ? 0 : (size_t)n < size ? (size_t)n : size ? size - 1 : 0;
}
