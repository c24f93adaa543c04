/*
 * Thread-local storage, in either layout of the ELF TLS ABI (the arch
 * says which, ARCH_TLS_VARIANT):
 *   variant II (x86): static TLS lies below the thread pointer, the TCB
 *     at it;
 *   variant I (aarch64, riscv64): static TLS lies above the thread
 *     pointer, our TCB record below it (aarch64 keeps a 16-byte ABI TCB
 *     at tp, ARCH_TLS_FIRST_OFFSET).
 * struct tcb is the arch's; tp points ARCH_TP_IN_TCB bytes into it.
 *
 * Static TLS.  Every initially loaded object with PT_TLS gets a module id
 * (1, 2, ... in load order, so the executable is 1 when it has TLS) and a
 * block at a fixed distance from tp.  Variant II: tlsoffset(m) =
 * round_up(tlsoffset(m-1) + memsz(m), align(m)) below tp, the first
 * starting at 0.  Variant I: tlsoffset(m) = round_up(end of m-1, align(m))
 * above tp, the first starting at ARCH_TLS_FIRST_OFFSET.  The executable's
 * block must sit exactly there: ld bakes its offset into local-exec code.
 * Beyond the static blocks, TLS_SURPLUS bytes stay free for dlopen'ed objects built
 * with initial-exec TLS (DF_STATIC_TLS): such code needs a fixed offset
 * from tp in every thread, which only a reservation made before any
 * thread exists can give.  1664 bytes is what glibc reserves by default.
 *
 * Dynamic TLS.  Other dlopen'ed modules get blocks on first access,
 * through __tls_get_addr and the DTV, one per thread.  A global
 * generation counts dlopen/dlclose changes to the module table; a DTV
 * older than it is brought up to date on the next access (stale blocks of
 * unloaded modules freed).  The DTV is private: on x86 only our
 * __tls_get_addr and TLS descriptor resolvers read it.
 *
 * The TCB: self pointers, the DTV, and the canary.  The final TCB gets the
 * canary of the early one (stage 2); the value never changes while
 * protected frames are live, and they are.
 */
#include "ldso.h"

/* Compiled code reads the canary at a fixed offset from tp. */
_Static_assert((ptrdiff_t)offsetof(struct tcb, canary) - ARCH_TP_IN_TCB ==
	       ARCH_CANARY_OFFSET,
	       "struct tcb must hold the canary where the compiler reads it");

#define TLS_SURPLUS 1664

/*
 * The module table (its types, and the DTV's, are in ldso.h: thread_db.c
 * describes them to debuggers).  `table` carries glibc's name for the
 * same list, which is what libthread_db looks the table up by; `modules`
 * is its entries.
 */
static struct tls_module_table *table __asm__("_dl_tls_dtv_slotinfo_list");
static struct tls_module *modules;
static size_t module_capacity, module_count;
static size_t generation = 1;
/*
 * The thread pointer is aligned to static_align, which a dlopen'ed block
 * in the surplus cannot raise later: start at 64, as glibc does (its TCB
 * alignment), so initial-exec blocks of 16-, 32- and 64-byte alignment
 * load as they do there.
 */
static size_t static_used, static_align = 64;
/* Where the surplus ends: the static area of every thread reaches it. */
static size_t static_limit;

struct thread_entry {
	struct tcb *tcb;
	struct thread_entry *next;
};
static struct thread_entry *threads;

static size_t round_up(size_t x, size_t align)
{
	return (x + align - 1) & ~(align - 1);
}

/* The thread pointer of a TCB, and back. */
static void *tp_of(struct tcb *tcb)
{
	return (char *)tcb + ARCH_TP_IN_TCB;
}

static struct tcb *tcb_of(void *tp)
{
	return (struct tcb *)((char *)tp - ARCH_TP_IN_TCB);
}

/*
 * A static block's distance from tp (d->tls_offset is never 0 for one, so
 * that 0 can mean "no static block"): variant II, tls_offset bytes below
 * tp; variant I, tls_offset counts from the start of struct tcb.
 */
static ptrdiff_t tp_distance(const struct dso *d)
{
	if (ARCH_TLS_VARIANT == 1)
		return d->tls_offset - ARCH_TP_IN_TCB;
	return -d->tls_offset;
}

static char *static_block(struct tcb *tcb, const struct dso *d)
{
	return (char *)tp_of(tcb) + tp_distance(d);
}

/*
 * The next static block, of d's size and alignment: its tls_offset, and
 * the bytes used so far (static_used: variant II, below tp; variant I,
 * above tp).
 */
static size_t place_static(const struct dso *d, size_t *used)
{
	size_t at;

	if (ARCH_TLS_VARIANT == 1) {
		at = round_up(*used, d->tls_align);
		*used = at + d->tls_memsz;
		return at + ARCH_TP_IN_TCB;
	}
	*used = round_up(*used + d->tls_memsz, d->tls_align);
	return *used;
}

static size_t new_module_id(struct dso *d)
{
	size_t id;

	for (id = 1; id <= module_count; id++)
		if (!modules[id].dso)
			break;
	if (id >= module_capacity) {
		size_t cap = module_capacity ? module_capacity * 2 : 16;
		struct tls_module_table *t = ldso_alloc(sizeof(*t) + cap * sizeof(t->slot[0]));
		t->capacity = cap;
		if (module_capacity)
			memcpy(t->slot, modules, module_capacity * sizeof(t->slot[0]));
		ldso_free(table);
		table = t;
		modules = t->slot;
		module_capacity = cap;
	}
	if (id > module_count)
		module_count = id;
	modules[id].dso = d;
	modules[id].generation = ++generation;
	return id;
}

static void fill_block(const struct dso *d, char *block)
{
	memcpy(block, (void *)(d->base + d->tls_image), d->tls_filesz);
	memset(block + d->tls_filesz, 0, d->tls_memsz - d->tls_filesz);
}

/*
 * A DTV slot whose module has no block in this thread yet holds glibc's
 * marker for that, an odd address: libthread_db tests the low bit, and
 * gdb then says the thread has not allocated the variable's storage
 * instead of reading memory at offset 0.
 */
#define UNALLOCATED ((void *)-1)

static void mark_unallocated(struct dtv *dtv, size_t from)
{
	for (size_t id = from; id <= dtv->capacity; id++)
		dtv->slot[id].block = UNALLOCATED;
}

static struct dtv *new_dtv(size_t capacity)
{
	struct dtv *dtv = ldso_alloc(sizeof(*dtv) +
				     (capacity + 1) * sizeof(struct dtv_slot));

	dtv->capacity = capacity;
	mark_unallocated(dtv, 1);
	return dtv;
}

/*
 * A fresh TCB at tp with every static block filled in, and the DTV
 * pointing at them (our own code finds static blocks from the offset, but
 * a debugger reading the DTV through libthread_db finds them there).
 */
static struct tcb *init_tcb(struct tcb *tcb)
{
	struct dtv *dtv = new_dtv(module_capacity);

	memset(tcb, 0, sizeof(*tcb));
	for (size_t id = 1; id <= module_count; id++) {
		struct dso *d = modules[id].dso;
		if (d && d->tls_offset) {
			void *block = static_block(tcb, d);
			fill_block(d, block);
			dtv->slot[id].block = block;
			dtv->slot[id].generation = modules[id].generation;
		}
	}
	tcb->self = tcb;
	tcb->self2 = tcb;
	tcb->dtv = dtv;
	dtv->generation = generation;
	tcb->canary = ldso_early_tcb.canary;
	tcb->pointer_guard = ldso_early_tcb.pointer_guard;
	return tcb;
}

/*
 * One thread's area: the TCB and the static blocks up to static_limit,
 * with room to align tp.  Variant II: blocks, then the TCB at tp;
 * variant I: the TCB record, then tp and the blocks.
 */
static size_t area_size(void)
{
	return static_limit + static_align + sizeof(struct tcb);
}

static struct tcb *tcb_in_area(void *area)
{
	if (ARCH_TLS_VARIANT == 1)
		return tcb_of((void *)round_up((uintptr_t)area + ARCH_TP_IN_TCB,
					       static_align));
	return (struct tcb *)round_up((uintptr_t)area + static_limit,
				      static_align);
}

static void register_thread(struct tcb *tcb)
{
	struct thread_entry *t = ldso_alloc(sizeof(*t));

	t->tcb = tcb;
	t->next = threads;
	threads = t;
}

void ldso_setup_tls(void)
{
	struct tcb *tcb;
	long r;

	static_used = ARCH_TLS_VARIANT == 1 ? ARCH_TLS_FIRST_OFFSET : 0;
	for (struct dso *d = ldso.head; d; d = d->next) {
		if (!d->tls_memsz)
			continue;
		d->tls_id = new_module_id(d);
		d->tls_offset = place_static(d, &static_used);
		if (d->tls_align > static_align)
			static_align = d->tls_align;
	}
	static_limit = static_used + TLS_SURPLUS;
	tcb = init_tcb(tcb_in_area(ldso_alloc(area_size())));
	register_thread(tcb);
	if ((r = arch_set_thread_pointer(tp_of(tcb))) < 0)
		ldso_fail(0, "cannot set the thread pointer: " ARCH_SET_TP_CALL ": %s",
			  ldso_strerror(r));
	ldso_thread_db_ready();
}

/* Where d's static block is, from tp: what TPREL relocations add. */
ptrdiff_t ldso_tls_offset(const struct dso *d)
{
	return tp_distance(d);
}

/*
 * A module loaded by dlopen: a new id, and a static offset when its code
 * uses initial-exec TLS (DF_STATIC_TLS), from the surplus, copied into
 * every thread.  Fails (through ldso_fail, so dlopen reports it) when the
 * surplus is used up.
 */
void ldso_tls_add_module(struct dso *d, bool needs_static)
{
	if (!d->tls_memsz)
		return;
	if (needs_static) {
		size_t used = static_used, offset = place_static(d, &used);
		if (used > static_limit || d->tls_align > static_align)
			ldso_fail(d->path, "cannot allocate memory in static TLS block");
		static_used = used;
		d->tls_offset = offset;
		for (struct thread_entry *t = threads; t; t = t->next)
			fill_block(d, static_block(t->tcb, d));
	}
	d->tls_id = new_module_id(d);
}

void ldso_tls_remove_module(struct dso *d)
{
	if (!d->tls_id)
		return;
	modules[d->tls_id].dso = 0;
	generation++;
	d->tls_id = 0;
}

/* Bring a thread's DTV up to date: grow it, drop blocks of old modules. */
static struct dtv *update_dtv(struct tcb *tcb)
{
	struct dtv *dtv = tcb->dtv;

	if (dtv->capacity < module_count) {
		struct dtv *n = new_dtv(module_capacity);
		memcpy(n->slot, dtv->slot, (dtv->capacity + 1) * sizeof(n->slot[0]));
		mark_unallocated(n, dtv->capacity + 1);
		n->generation = dtv->generation;
		ldso_free(dtv);
		tcb->dtv = dtv = n;
	}
	for (size_t id = 1; id <= dtv->capacity; id++) {
		struct dtv_slot *s = &dtv->slot[id];
		if (s->block != UNALLOCATED && (id > module_count || !modules[id].dso ||
				 s->generation != modules[id].generation)) {
			ldso_free(s->allocation);
			s->allocation = 0;
			s->block = UNALLOCATED;
		}
	}
	dtv->generation = generation;
	return dtv;
}

static void *allocate_block(struct dtv_slot *s, struct dso *d, size_t id)
{
	if (d->tls_offset) {
		s->block = static_block(tcb_of(arch_thread_pointer()), d);
		s->allocation = 0;
	} else {
		s->allocation = ldso_alloc(d->tls_memsz + d->tls_align);
		s->block = (void *)round_up((uintptr_t)s->allocation, d->tls_align);
		fill_block(d, s->block);
	}
	s->generation = modules[id].generation;
	return s->block;
}

/* The address of offset in module's block: __tls_get_addr's work. */
void *ldso_tls_get_addr(size_t module, size_t offset)
{
	struct tcb *tcb = tcb_of(arch_thread_pointer());
	struct dtv *dtv = tcb->dtv;
	struct dtv_slot *s;

	if (dtv->generation == generation && module && module <= dtv->capacity &&
	    (s = &dtv->slot[module])->block != UNALLOCATED)
		return (char *)s->block + offset;
	/* Slow path: the module table may be changing under a dlopen. */
	ldso_lock();
	if (dtv->generation != generation)
		dtv = update_dtv(tcb);
	if (module == 0 || module > module_count || !modules[module].dso)
		ldso_fail(0, "TLS module %zu out of range", module);
	s = &dtv->slot[module];
	if (s->block == UNALLOCATED)
		allocate_block(s, modules[module].dso, module);
	ldso_unlock();
	return (char *)s->block + offset;
}

/* This thread's block of d, if it has one yet (dl_iterate_phdr). */
void *ldso_tls_block(const struct dso *d)
{
	struct tcb *tcb = tcb_of(arch_thread_pointer());
	struct dtv *dtv = tcb->dtv;

	if (!d->tls_id)
		return 0;
	if (d->tls_offset)
		return static_block(tcb, d);
	if (d->tls_id > dtv->capacity || dtv->generation != generation ||
	    dtv->slot[d->tls_id].block == UNALLOCATED)
		return 0;
	return dtv->slot[d->tls_id].block;
}

/* For ldso_tlsdesc_dynamic: the variable's offset from tp. */
size_t ldso_tlsdesc_offset(const size_t *index)
{
	return (size_t)((char *)ldso_tls_get_addr(index[0], index[1]) -
			(char *)arch_thread_pointer());
}

/*
 * The interface a threading runtime uses (see crt/include/ldso_thread.h):
 * how big and how aligned one thread's static TLS area is, how to turn
 * such an area into a ready TCB (images copied, DTV, canary), and how to
 * release a finished thread's dynamic blocks.
 */
LDSO_EXPORT size_t __ldso_tls_area_size(void)
{
	return area_size();
}

LDSO_EXPORT size_t __ldso_tls_area_align(void)
{
	return static_align;
}

LDSO_EXPORT void *__ldso_tls_init(void *area)
{
	return ldso_tls_thread_init(area);
}

LDSO_EXPORT void __ldso_tls_release(void *tp)
{
	ldso_tls_thread_release(tp);
}

/* The same for the loader's own thread (worker.c), without a PLT call. */
size_t ldso_tls_thread_area(size_t *align)
{
	*align = static_align;
	return area_size();
}

void *ldso_tls_thread_init(void *area)
{
	struct tcb *tcb;

	ldso_lock();
	tcb = init_tcb(tcb_in_area(area));
	register_thread(tcb);
	ldso_unlock();
	return tp_of(tcb);
}

void ldso_tls_thread_release(void *tp)
{
	struct tcb *tcb = tcb_of(tp);
	struct dtv *dtv = tcb->dtv;
	struct thread_entry **p = &threads;

	ldso_lock();
	for (size_t id = 1; id <= dtv->capacity; id++)
		ldso_free(dtv->slot[id].allocation);
	ldso_free(dtv);
	tcb->dtv = 0;
	while (*p && (*p)->tcb != tcb)
		p = &(*p)->next;
	if (*p) {
		struct thread_entry *t = *p;
		*p = t->next;
		ldso_free(t);
	}
	ldso_unlock();
}
