/* argc and every argv string, in order, as the program receives them. */
#include "free.h"

int main(int argc, char **argv, char **envp)
{
	(void)envp;
	put_num("argc", (unsigned long)argc);
	for (int i = 0; i < argc; i++) {
		put("argv[");
		put_uint((unsigned long)i);
		put("] = [");
		put(argv[i]);
		put("]\n");
	}
	put_bool("argv[argc] is NULL", argv[argc] == 0);
	return 0;
}
