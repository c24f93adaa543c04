/*
 * exit() and atexit().  Handlers run last-registered first, including
 * handlers registered while exit() is running them.  The first 64 live
 * in static storage, so atexit() works before and without malloc().
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define HANDLERS_PER_BLOCK 64

struct handler_block {
	struct handler_block *next;	/* the older, full block */
	void (*handlers[HANDLERS_PER_BLOCK])(void);
};

static struct handler_block first_block;
static struct handler_block *newest = &first_block;
static int used;		/* handlers in the newest block */

int atexit(void (*function)(void))
{
	if (used == HANDLERS_PER_BLOCK) {
		struct handler_block *block = calloc(1, sizeof *block);

		if (!block)
			return -1;
		block->next = newest;
		newest = block;
		used = 0;
	}
	newest->handlers[used++] = function;
	return 0;
}

static void run_handlers(void)
{
	for (;;) {
		if (used == 0) {
			struct handler_block *full = newest->next;

			if (!full)
				return;
			free(newest);
			newest = full;
			used = HANDLERS_PER_BLOCK;
		}
		newest->handlers[--used]();
	}
}

void exit(int status)
{
	run_handlers();
	fflush(0);
	_Exit(status);
}

void _Exit(int status)
{
	_exit(status);
}
