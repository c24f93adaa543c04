/*
 * A signal handler that returns: the runtime's restorer (arch's
 * crt_sigreturn.S) takes the process back to where the signal struck.
 */
#include <signal.h>
#include <stdio.h>

static volatile int caught;

static void handler(int sig)
{
	caught = sig;
}

int main(void)
{
	signal(SIGUSR1, handler);
	raise(SIGUSR1);
	printf("caught %d, and back in main\n", caught);
	return 0;
}
