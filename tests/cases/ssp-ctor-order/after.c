/* libafter: protected and linked with libssp, so its constructor runs after libssp's. */
#include "guard.h"

uintptr_t after_saw;
int after_ran;

__attribute__((constructor)) static void after_ctor(void)
{
	char name[16];

	strcpy(name, "after");
	after_saw = CURRENT_CANARY();
	after_ran = busy(name);
}
