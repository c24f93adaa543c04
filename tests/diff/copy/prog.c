/*
 * A non-PIE program addresses the library's data directly, so ld gives
 * it COPY relocations: the loader copies the initial values into the
 * program, and the library's GOT then points at the program's copies.
 */
#include "free.h"

extern int lib_counter;
extern const char *lib_name;
extern int lib_array[4];
int lib_get_counter(void);
int *lib_counter_address(void);

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	put_num("lib_counter", (unsigned long)lib_counter);
	put("lib_name: ");
	put(lib_name);
	put("\n");
	put_num("lib_array[0] + lib_array[3]", (unsigned long)(lib_array[0] + lib_array[3]));
	lib_counter += 10;
	put_num("library sees lib_counter", (unsigned long)lib_get_counter());
	put_bool("the library uses the program's copy", &lib_counter == lib_counter_address());
	return 0;
}
