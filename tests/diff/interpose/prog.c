/* The program's definitions interpose on its libraries' (exported with -rdynamic). */
#include "free.h"

int shared_value = 100;

const char *who(void)
{
	return "program";
}

const char *which_lib(void);
const char *libb_calls_which_lib(void);
void liba_report(void);

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	put("program calls who(): ");
	put(who());
	put("\n");
	liba_report();
	put("program calls which_lib(): ");
	put(which_lib());
	put("\n");
	put("libb calls which_lib(): ");
	put(libb_calls_which_lib());
	put("\n");
	return 0;
}
