/* Pointer tables in a PIE and in its library: RELATIVE relocations. */
#include "free.h"

const char *lib_word(int i);
int lib_apply(int i, int x);

static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }

/* Writable, so the pointers cannot be folded into the code. */
const char *words[] = { "alpha", "beta", "gamma" };
int (*ops[])(int) = { twice, square };
struct node { const char *name; struct node *next; };
struct node n2 = { "second", 0 };
struct node n1 = { "first", &n2 };

int main(int argc, char **argv, char **envp)
{
	volatile int i = 2;

	(void)argc, (void)argv, (void)envp;
	put("words[2]: ");
	put(words[i]);
	put("\n");
	put_num("ops[1](7)", (unsigned long)ops[i - 1](7));
	put("n1.next->name: ");
	put(n1.next->name);
	put("\n");
	put("lib_word(1): ");
	put(lib_word(i - 1));
	put("\n");
	put_num("lib_apply(0, 41)", (unsigned long)lib_apply(i - 2, 41));
	put_num("-lib_apply(1, 9)", (unsigned long)-lib_apply(i - 1, 9));
	return 0;
}
