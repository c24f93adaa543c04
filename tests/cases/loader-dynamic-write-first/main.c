/* Nothing but the start-up: the check watches the loader's page faults. */
#include <stdio.h>

int main(void)
{
	printf("started\n");
	return 0;
}
