/*
 * Library SELF of the group (built 17 times): defines word<SELF>,
 * fn<SELF>, its own shared_word and check<SELF>; library NEXT's word and
 * function are reached through its GOT (GLOB_DAT) and through pointers
 * in its data (absolute words), all bound when the group is opened.
 */
#define PASTE(a, b) a##b
#define NAMED(prefix, n) PASTE(prefix, n)

int NAMED(word, SELF) = SELF * 10 + 1;
int NAMED(fn, SELF)(void) { return SELF * 10 + 2; }
int shared_word = 500 + SELF;	/* the global scope's comes first */

#ifdef NEXT
extern int NAMED(word, NEXT);
extern int NAMED(fn, NEXT)(void);
static int *next_word_at = &NAMED(word, NEXT);
static int (*next_fn_at)(void) = NAMED(fn, NEXT);
/* More of the same, alternating (each a lookup): relocations enough for
 * the group's table to pay (symtable.c). */
static void *more[8] = {
	&NAMED(word, NEXT), NAMED(fn, NEXT), &NAMED(word, NEXT), NAMED(fn, NEXT),
	&NAMED(word, NEXT), NAMED(fn, NEXT), &NAMED(word, NEXT), NAMED(fn, NEXT),
};
#endif

/* What this library sees: "next word W, next fn F, shared S". */
void NAMED(check, SELF)(int out[3])
{
#ifdef NEXT
	out[0] = NAMED(word, NEXT) + *next_word_at;
	out[1] = NAMED(fn, NEXT)() + next_fn_at();
	for (int i = 0; i < 8; i++)
		if (more[i] != (i % 2 ? (void *)NAMED(fn, NEXT) : &NAMED(word, NEXT)))
			out[0] = -1;
#else
	out[0] = out[1] = 0;
#endif
	out[2] = shared_word;
}
