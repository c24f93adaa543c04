/*
 * References gone(), which the library it runs with lacks, through the
 * PLT; calls it only with the argument "call" (lazy-missing-call).  glibc
 * binds PLT slots at their first call: this program runs, and the call
 * fails there (exit 127).  musl binds at start and fails before main.
 */
#include "free.h"

void gone(void);
int here(int x);

int main(int argc, char **argv, char **envp)
{
	(void)envp;
	put_num("here(2)", (unsigned long)here(2));
	if (argc > 1 && argv[1][0] == 'c') {
		put("calling gone\n");
		gone();
		put("gone returned\n");
	}
	return 0;
}
