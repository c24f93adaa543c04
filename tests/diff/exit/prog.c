/* The exit status reaches the parent unchanged. */
#include "free.h"

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	put("exiting with 42\n");
	return 42;
}
