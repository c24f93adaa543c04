/* The stack pointer at entry: 16-byte aligned, pointing at argc. */
#include "free.h"

int main(int argc, char **argv, char **envp)
{
	(void)envp;
	put_num("entry sp % 16", (unsigned long)free_entry_sp % 16);
	put_bool("sp[0] is argc", free_entry_sp[0] == (unsigned long)argc);
	put_bool("sp[1] is argv[0]", free_entry_sp[1] == (unsigned long)argv[0]);
	return 0;
}
