/*
 * The environment, sorted: qemu-user hands envp over in reverse order
 * (docs/abi.md section 9), so only the set of strings is compared.
 */
#include "free.h"

int main(int argc, char **argv, char **envp)
{
	const char *sorted[64];
	int n = 0;

	(void)argc, (void)argv;
	for (char **e = envp; *e && n < 64; e++) {
		int i = n++;
		while (i > 0 && free_strcmp(sorted[i - 1], *e) > 0) {
			sorted[i] = sorted[i - 1];
			i--;
		}
		sorted[i] = *e;
	}
	put_num("envc", (unsigned long)n);
	for (int i = 0; i < n; i++) {
		put(sorted[i]);
		put("\n");
	}
	put_bool("envp follows argv's NULL", envp == argv + argc + 1);
	return 0;
}
