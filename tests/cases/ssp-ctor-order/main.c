#include <stdio.h>
#include "guard.h"

extern uintptr_t first_saw, after_saw;
extern int first_ran, after_ran;

int main(void)
{
	uintptr_t now = CURRENT_CANARY();

	printf("first ctor ran: %s, saw the final canary: %s\n",
	       first_ran == 5 ? "yes" : "no", first_saw == now ? "yes" : "no");
	printf("after ctor ran: %s, saw the final canary: %s\n",
	       after_ran == 5 ? "yes" : "no", after_saw == now ? "yes" : "no");
	return 0;
}
