/* Prints its process id: LD_DEBUG_OUTPUT's file is named after it. */
#include <stdio.h>
#include <unistd.h>
int main(void)
{
	printf("%d\n", (int)getpid());
	return 0;
}
