/*
 * Opens a group of 17 libraries RTLD_LOCAL (the default loader gives it
 * a table, which answers lookups the global scope does not) and prints
 * what each member's relocations bound: the next member's word and
 * function, each reached twice (GOT and an absolute word), and
 * shared_word, which the global scope (libglobal.so) defines first.
 */
#include <dlfcn.h>
#include <stdio.h>

extern int shared_word;		/* libglobal.so's */

int main(void)
{
	void *h = dlopen("libg0.so", RTLD_NOW);
	char name[16];

	if (!h) {
		printf("%s\n", dlerror());
		return 1;
	}
	printf("program: shared %d\n", shared_word);
	for (int i = 0; i <= 16; i++) {
		void (*check)(int *);
		int seen[3];
		snprintf(name, sizeof name, "check%d", i);
		check = (void (*)(int *))dlsym(h, name);
		if (!check) {
			printf("%s\n", dlerror());
			return 1;
		}
		check(seen);
		printf("libg%d: next word %d, next fn %d, shared %d\n", i,
		       seen[0], seen[1], seen[2]);
	}
	return 0;
}
