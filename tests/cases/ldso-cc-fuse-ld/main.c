/* Linked by each linker in turn: a library call, data and a relocated pointer. */
#include <stdio.h>

const char *lib_name(void);
static const char *greeting = "linked";

int main(void)
{
	printf("%s by %s\n", greeting, lib_name());
	return 0;
}
