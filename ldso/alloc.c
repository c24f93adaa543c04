/*
 * The loader's allocator.  Below it are only the system calls and the
 * string functions; ldso_fail is its one way out when the kernel has no
 * memory left.
 */
#include "ldso.h"

/*
 * Size classes of 2^k and 3 * 2^(k-1) bytes (16, 32, 48, 64, 96, ... to
 * 64 KiB), each with a free list, carved from anonymous mappings; larger
 * requests get a mapping of their own, returned to the kernel on free.
 * Each block starts with a 16-byte header holding its class, so blocks
 * stay 16-byte aligned (no class of 24 bytes).  The classes between the
 * powers of two: an object (struct dso, 608 bytes and its header) took
 * a block of 1 KiB, and at 100 libraries its 40 KiB of padding were ten
 * more pages in memory and ten more page faults; now 768.  Memory comes
 * back zeroed.  dlclose frees what dlopen allocated, so a thousand
 * open/close cycles do not grow the process.
 */
#define MIN_SHIFT 4
#define MAX_SHIFT 16
#define HEADER 16
#define ARENA (256 * 1024)

struct free_block {
	struct free_block *next;
};

/* Class c is 2^(c/2) bytes when c is even, 3 * 2^(c/2 - 1) when odd. */
static struct free_block *free_lists[2 * MAX_SHIFT + 1];
static size_t in_use;		/* bytes of blocks handed out, headers included */
static char *arena;
static size_t arena_left;

static size_t class_size(unsigned c)
{
	return (size_t)(2 + (c & 1)) << (c / 2 - 1);
}

/* The smallest class of size bytes or more: from the bit length k of
 * size - 1 (a loop of one step per class cost a tiny program's start-up
 * 300 instructions), 3 * 2^(k-2) when that is enough and at least 48. */
static unsigned size_class(size_t size)
{
	unsigned k;

	if (size <= (size_t)1 << MIN_SHIFT)
		return 2 * MIN_SHIFT;
	k = 8 * sizeof(unsigned long) - (unsigned)__builtin_clzl(size - 1);
	if (k > MIN_SHIFT + 1 && size <= (size_t)3 << (k - 2))
		return 2 * k - 1;
	return 2 * k;
}

static void *map_anonymous_as(size_t len, int flags)
{
	void *m = ldso_mmap(0, len, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS | flags, -1, 0);

	if (ldso_mmap_failed(m))
		ldso_fail(0, "out of memory: mmap: %s", ldso_strerror((long)m));
	return m;
}

static void *map_anonymous(size_t len)
{
	return map_anonymous_as(len, 0);
}

static char *carve(size_t len)
{
	char *p;

	if (len > arena_left) {
		arena = map_anonymous(ARENA);
		arena_left = ARENA;
	}
	p = arena;
	arena += len;
	arena_left -= len;
	return p;
}

void *ldso_alloc(size_t size)
{
	unsigned c;
	char *p;

	/* One heap, no lock: stage 6's worker waits its turn (worker.c). */
	ldso_worker_gate();
	if (size > ((size_t)1 << MAX_SHIFT) - HEADER) {
		size_t len = ldso_page_up(size + HEADER);
		p = map_anonymous(len);
		*(size_t *)p = len;
		in_use += len;
		return p + HEADER;
	}
	c = size_class(size + HEADER);
	if (free_lists[c]) {
		p = (char *)free_lists[c];
		free_lists[c] = free_lists[c]->next;
		memset(p, 0, class_size(c));
	} else {
		p = carve(class_size(c));
	}
	*(size_t *)p = c;
	in_use += class_size(c);
	return p + HEADER;
}

/*
 * A zeroed block the caller fills at once, the first `front` bytes of it
 * (the symbol table's slots, of which a tail is written only by probes
 * that run far, and the entries of its two-thread build, symtable.c),
 * freed with its size.  Up to the largest size class it is an ordinary
 * block.  Above, it is a mapping of its own with no header: the callers
 * ask for whole pages, and a header would cost a page more (and, since
 * the block's last bytes then share a page with nothing else written
 * first, a second fault on it).  Below 1 MiB its front comes populated
 * (MAP_POPULATE, or MADV_POPULATE_WRITE when there is more: a page fault
 * counted for each page, no trap): every page of it is about to be
 * written.  From 1 MiB on the front is aligned to 2 MiB and advised for
 * huge pages (MADV_HUGEPAGE; the kernel honours it when its transparent
 * huge pages are "madvise" or "always"): a large program's table then
 * costs a page fault per 2 MiB instead of one per page, and its length
 * is rounded up to whole huge pages (a last part of small pages would
 * take a fault each: 265 for 3.2 MiB; a front of 1.5 MiB in small pages,
 * 385).  The rest is advised against huge
 * pages: with "always", a probe that ran past the front would otherwise
 * fault in 2 MiB of it.  The kernel aligns such mappings itself for
 * 64-bit processes; for others the mapping is made 2 MiB longer and
 * trimmed.
 */
#define HUGE_PAGE ((size_t)2 << 20)

static bool in_a_class(size_t size)
{
	return size <= ((size_t)1 << MAX_SHIFT) - HEADER;
}

static char *map_aligned(size_t len)
{
	char *p = map_anonymous(len), *q;
	size_t head;

	if ((uintptr_t)p % HUGE_PAGE == 0)
		return p;
	ldso_munmap(p, len);
	p = map_anonymous(len + HUGE_PAGE);
	head = (HUGE_PAGE - (uintptr_t)p % HUGE_PAGE) % HUGE_PAGE;
	q = p + head;
	if (head)
		ldso_munmap(p, head);
	if (HUGE_PAGE - head)
		ldso_munmap(q + len, HUGE_PAGE - head);
	return q;
}

static size_t filled_len(size_t size)
{
	size_t len = ldso_page_up(size);

	return len < HUGE_PAGE / 2 ? len
				   : (len + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
}

void *ldso_alloc_filled(size_t size, size_t front)
{
	size_t len = filled_len(size), hot = filled_len(front);
	char *p;

	ldso_worker_gate();
	if (in_a_class(size))
		return ldso_alloc(size);
	if (hot < HUGE_PAGE) {
		/* Populated in the mmap, not a trap per page: at 20
		 * objects of 1,000 symbols, 32 of start-up's 150 traps and
		 * 3 % of its time. */
		p = map_anonymous_as(len, hot < len ? 0 : MAP_POPULATE);
		if (hot < len)
			ldso_madvise(p, hot, MADV_POPULATE_WRITE);
		if (hot < len && len >= HUGE_PAGE)
			ldso_madvise(p + hot, len - hot, MADV_NOHUGEPAGE);
	} else {
		p = map_aligned(len);
		ldso_madvise(p, hot, MADV_HUGEPAGE);
		if (hot < len)
			ldso_madvise(p + hot, len - hot, MADV_NOHUGEPAGE);
	}
	in_use += len;
	return p;
}

/* Like ldso_free, it takes 0: a table whose slots were never allocated. */
void ldso_free_filled(void *p, size_t size)
{
	size_t len = filled_len(size);

	ldso_worker_gate();
	if (!p)
		return;
	if (in_a_class(size)) {
		ldso_free(p);
		return;
	}
	in_use -= len;
	ldso_munmap(p, len);
}

void ldso_free(void *ptr)
{
	char *p = (char *)ptr - HEADER;
	size_t c;

	ldso_worker_gate();
	if (!ptr)
		return;
	c = *(size_t *)p;	/* a class, or a mapping's length (64 KiB and more) */
	if (c > 2 * MAX_SHIFT) {
		in_use -= c;
		ldso_munmap(p, c);
		return;
	}
	in_use -= class_size(c);
	((struct free_block *)p)->next = free_lists[c];
	free_lists[c] = (struct free_block *)p;
}

char *ldso_strndup(const char *s, size_t n)
{
	char *p = ldso_alloc(n + 1);

	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *ldso_strdup(const char *s)
{
	return ldso_strndup(s, ldso_strlen(s));
}

/*
 * For the leak tests (tests/cases/dl-leaks, the corpus group): what the
 * loader's heap holds now.  Not part of any other loader's interface.
 */
LDSO_EXPORT size_t __ldso_heap_in_use(void)
{
	return in_use;
}

/* A copy of our own executable's path (through any symlink), or 0. */
char *ldso_self_exe_copy(void)
{
	char buf[LDSO_PATH_MAX];

	return ldso_self_exe(buf, sizeof(buf)) ? ldso_strdup(buf) : 0;
}

/*
 * path made absolute against the current directory, or 0 when it already
 * is or the directory cannot be read.  Asked at load time, as glibc does,
 * so that $ORIGIN stays right after the program changes directory.
 */
char *ldso_absolute_copy(const char *path)
{
	char buf[LDSO_PATH_MAX];
	size_t len, plen;

	if (path[0] == '/' || ldso_getcwd(buf, sizeof(buf)) < 0)
		return 0;
	while (path[0] == '.' && path[1] == '/')
		path += 2;	/* "/cwd/prog", not "/cwd/./prog" */
	plen = ldso_strlen(path);
	len = ldso_strlen(buf);
	if (len + 1 + plen >= sizeof(buf))
		return 0;
	buf[len] = '/';
	memcpy(buf + len + 1, path, plen + 1);
	return ldso_strdup(buf);
}
