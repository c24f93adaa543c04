/*
 * Reads and writes a .so's data through GOT slots (GLOB_DAT); the library
 * sees the same object.
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
	put_num("lib_array[3]", (unsigned long)lib_array[3]);
	lib_counter += 10;
	put_num("library sees lib_counter", (unsigned long)lib_get_counter());
	put_bool("&lib_counter is the same in the program and the library",
		 &lib_counter == lib_counter_address());
	return 0;
}
