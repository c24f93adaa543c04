/* Calls into a libc-free .so through the PLT; function addresses agree. */
#include "free.h"

int lib_add(int a, int b);
int lib_twice(int a);
void lib_say(const char *s);
void *lib_add_address(void);

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	put_num("lib_add(2, 3)", (unsigned long)lib_add(2, 3));
	put_num("lib_twice(21)", (unsigned long)lib_twice(21));
	lib_say("hello");
	lib_say("again");	/* second call: the slot is bound by now */
	put_bool("&lib_add is the same in the program and the library",
		 (void *)&lib_add == lib_add_address());
	return 0;
}
