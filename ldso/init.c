/*
 * Constructors and destructors of the shared objects.
 *
 * Init order: dependencies before dependents, each object once, even with
 * cycles: a depth-first walk from the preloads and then the executable,
 * emitting an object after its dependencies (post-order), with an
 * explicit stack so a deep chain costs no recursion.  The executable's
 * .preinit_array runs first; its own DT_INIT and .init_array are left to
 * its start files, as with glibc and musl.  Each initializer gets (argc,
 * argv, envp), as glibc passes them.  ldso_fini, handed to the program in
 * %rdx/%edx, runs destructors in the reverse order.
 */
#include "ldso.h"

typedef void (*init_fn)(int, char **, char **);
typedef void (*fini_fn)(void);

struct frame {
	struct dso *d;
	size_t next_dep;
};

static size_t count_objects(void)
{
	size_t n = 0;

	for (struct dso *d = ldso.head; d; d = d->next)
		n++;
	return n;
}

static void visit(struct dso *root, struct frame *stack)
{
	size_t top = 0;

	if (root->init_queued)
		return;
	root->init_queued = true;
	stack[top++] = (struct frame){ root, 0 };
	while (top) {
		struct frame *f = &stack[top - 1];
		if (f->next_dep < f->d->ndeps) {
			struct dso *dep = f->d->deps[f->next_dep++];
			if (!dep->init_queued) {
				dep->init_queued = true;
				stack[top++] = (struct frame){ dep, 0 };
			}
			continue;
		}
		ldso.init_order[ldso.init_count++] = f->d;
		top--;
	}
}

/* Room for n more entries in the init order (dlopen adds to it). */
static struct frame *grow_order(size_t n)
{
	struct dso **order = ldso_alloc((ldso.init_count + n) * sizeof(*order));

	if (ldso.init_count)
		memcpy(order, ldso.init_order, ldso.init_count * sizeof(*order));
	ldso_free(ldso.init_order);
	ldso.init_order = order;
	return ldso_alloc(n * sizeof(struct frame));
}

void ldso_order_init(void)
{
	size_t n = count_objects();
	struct frame *stack = grow_order(n);

	for (struct dso *d = ldso.head; d; d = d->next)
		if (d->is_preload)
			visit(d, stack);
	visit(ldso.main, stack);
	for (struct dso *d = ldso.head; d; d = d->next)
		visit(d, stack);
	ldso_free(stack);
}

/*
 * Initializers and finalizers come from the file (relocated, but still
 * the file's values): each must point into executable code of a loaded
 * object before we call it, or a corrupt array would make us jump
 * anywhere.
 */
static Elf_Addr checked_code(const struct dso *d, Elf_Addr fn)
{
	const struct dso *in = ldso_find_dso((const void *)fn);

	for (size_t i = 0; in && i < in->phnum; i++) {
		const Elf_Phdr *ph = &in->phdr[i];
		Elf_Addr start = in->base + ph->p_vaddr;
		if (ph->p_type == PT_LOAD && (ph->p_flags & PF_X) &&
		    fn >= start && fn - start < ph->p_memsz)
			return fn;
	}
	ldso_fail(d->path, "initializer or finalizer outside any loaded code");
}

static void check_array(const struct dso *d, const Elf_Addr *array,
			size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (array[i] && array[i] != (Elf_Addr)-1)
			checked_code(d, array[i]);
}

/*
 * Check every initializer and finalizer of first and the objects after
 * it once they are relocated, before any of them runs: a bad one then
 * fails the start-up, or the dlopen (softly, undone), rather than a later
 * dlclose or exit.  The calls are checked again, as what they point at
 * may have been unloaded since.
 */
void ldso_check_init_fini(struct dso *first)
{
	for (struct dso *d = first; d; d = d->next) {
		if (d->is_loader)
			continue;
		if (d->init)
			checked_code(d, d->init);
		if (d->fini)
			checked_code(d, d->fini);
		check_array(d, d->init_array, d->init_count);
		check_array(d, d->fini_array, d->fini_count);
		if (d->is_main)
			check_array(d, d->preinit_array, d->preinit_count);
	}
}

static void call_array(const struct dso *d, const Elf_Addr *array,
		       size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (array[i] && array[i] != (Elf_Addr)-1)
			((init_fn)checked_code(d, array[i]))(ldso.argc, ldso.argv,
							     ldso.envp);
}

static void init_one(struct dso *d)
{
	if (ldso_debug & DEBUG_INIT)
		ldso_trace("init: calling init: %s", d->path);
	d->inited = true;
	if (d->init)
		((init_fn)checked_code(d, d->init))(ldso.argc, ldso.argv, ldso.envp);
	call_array(d, d->init_array, d->init_count);
}

void ldso_run_init(void)
{
	ldso_check_init_fini(ldso.head);
	ldso_order_init();
	if ((ldso_debug & DEBUG_INIT) && ldso.main->preinit_count)
		ldso_trace("init: calling preinit: %s", ldso.main->path);
	call_array(ldso.main, ldso.main->preinit_array, ldso.main->preinit_count);
	for (size_t i = 0; i < ldso.init_count; i++) {
		struct dso *d = ldso.init_order[i];
		if (!d->is_main && !d->is_loader)
			init_one(d);
	}
}

/*
 * dlopen: the new objects reachable from root, dependencies first, appended
 * to the init order (so ldso_fini finalizes them first).
 */
void ldso_init_objects(struct dso *root)
{
	size_t first = ldso.init_count;
	struct frame *stack = grow_order(count_objects());

	visit(root, stack);
	ldso_free(stack);
	/* A constructor's own dlopen may append (and initialise) more. */
	for (size_t i = first; i < ldso.init_count; i++)
		if (!ldso.init_order[i]->inited)
			init_one(ldso.init_order[i]);
}

/* .fini_array backwards, then DT_FINI; each object once. */
static void finalize(struct dso *d)
{
	if (!d->inited)
		return;
	if (ldso_debug & DEBUG_INIT)
		ldso_trace("init: calling fini: %s", d->path);
	d->inited = false;
	for (size_t k = d->fini_count; k-- > 0;)
		if (d->fini_array[k] && d->fini_array[k] != (Elf_Addr)-1)
			((fini_fn)checked_code(d, d->fini_array[k]))();
	if (d->fini)
		((fini_fn)checked_code(d, d->fini))();
}

/* dlclose: finalize d and take it out of the init order. */
void ldso_fini_object(struct dso *d)
{
	size_t j = 0;

	finalize(d);
	for (size_t i = 0; i < ldso.init_count; i++)
		if (ldso.init_order[i] != d)
			ldso.init_order[j++] = ldso.init_order[i];
	ldso.init_count = j;
}

/* Destructors: reverse init order. */
void ldso_fini(void)
{
	for (size_t i = ldso.init_count; i-- > 0;)
		finalize(ldso.init_order[i]);
	/* The final count, as glibc's: destructors may make first calls. */
	if (ldso_debug & DEBUG_STATISTICS)
		ldso_lazy_statistics();
}
