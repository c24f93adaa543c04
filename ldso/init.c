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

static void order_init(void)
{
	size_t n = count_objects();
	struct frame *stack = ldso_alloc(n * sizeof(*stack));

	ldso.init_order = ldso_alloc(n * sizeof(*ldso.init_order));
	ldso.init_count = 0;
	for (struct dso *d = ldso.head; d; d = d->next)
		if (d->is_preload)
			visit(d, stack);
	visit(ldso.main, stack);
	for (struct dso *d = ldso.head; d; d = d->next)
		visit(d, stack);
}

static void call_array(const Elf_Addr *array, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (array[i] && array[i] != (Elf_Addr)-1)
			((init_fn)array[i])(ldso.argc, ldso.argv, ldso.envp);
}

static void init_one(struct dso *d)
{
	d->inited = true;
	if (d->init)
		((init_fn)d->init)(ldso.argc, ldso.argv, ldso.envp);
	call_array(d->init_array, d->init_count);
}

void ldso_run_init(void)
{
	order_init();
	call_array(ldso.main->preinit_array, ldso.main->preinit_count);
	for (size_t i = 0; i < ldso.init_count; i++) {
		struct dso *d = ldso.init_order[i];
		if (!d->is_main && !d->is_loader)
			init_one(d);
	}
}

/* Destructors: reverse init order; .fini_array backwards, then DT_FINI. */
void ldso_fini(void)
{
	for (size_t i = ldso.init_count; i-- > 0;) {
		struct dso *d = ldso.init_order[i];
		if (!d->inited)
			continue;
		d->inited = false;
		for (size_t k = d->fini_count; k-- > 0;)
			if (d->fini_array[k] && d->fini_array[k] != (Elf_Addr)-1)
				((fini_fn)d->fini_array[k])();
		if (d->fini)
			((fini_fn)d->fini)();
	}
}
