/* The executable defines hook(), which the library also defines and calls. */
#include <stdio.h>
void lib_call_hook(void);
const char *hook(void) { return "exe"; }
int main(void)
{
	printf("exe calls hook: %s\n", hook());
	lib_call_hook();
	return 0;
}
