/*
 * A program's own SIGABRT handler must not turn libssp's abort into a
 * return or an exit of the program's choosing: libssp resets the action
 * to the default before it raises SIGABRT, so the process dies by it.
 */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

void __chk_fail(void);

static void handler(int sig)
{
	(void)sig;
	printf("handler ran\n");
	fflush(stdout);
	_exit(3);
}

int main(void)
{
	signal(SIGABRT, handler);
	__chk_fail();
	printf("not reached\n");
	return 0;
}
