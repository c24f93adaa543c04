/*
 * dlopen(NULL): a handle for the program whose dlsym finds the program's
 * own (exported) symbols and those of its DT_NEEDED libraries, the same
 * handle each time; dlclose on it is harmless.
 */
#include <dlfcn.h>
#include <stdio.h>

int program_value = 3;
int program_function(void) { return 4; }
extern int lib_value;

int main(void)
{
	void *self = dlopen(0, RTLD_NOW);
	int *pv = self ? dlsym(self, "program_value") : 0;
	int (*pf)(void) = self ? (int (*)(void))dlsym(self, "program_function") : 0;
	int *lv = self ? dlsym(self, "lib_value") : 0;

	printf("handle: %d, same again: %d\n", self != 0, dlopen(0, RTLD_LAZY) == self);
	printf("program_value: %d (same object %d)\n", pv ? *pv : -1, pv == &program_value);
	printf("program_function: %d (same %d)\n", pf ? pf() : -1, pf == program_function);
	printf("lib_value: %d (same %d)\n", lv ? *lv : -1, lv == &lib_value);
	printf("missing: %d\n", dlsym(self, "no_such_symbol_anywhere") == 0);
	printf("dlclose: %d, still works: %d\n", dlclose(self),
	       dlsym(dlopen(0, RTLD_NOW), "program_value") == &program_value);
	return 0;
}
