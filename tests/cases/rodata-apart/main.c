/* Prints the library's read-only string (lib.c says what is special). */
#include <stdio.h>
const char *lib_message(void);
int main(void)
{
	puts(lib_message());
	return 0;
}
