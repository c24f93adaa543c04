/*
 * libfirst: protected, but with no DT_NEEDED on libssp (its guard and
 * __stack_chk_fail come from the global scope), so in dependency order its
 * constructor runs before libssp's.
 */
#include "guard.h"

uintptr_t first_saw;
int first_ran;

__attribute__((constructor)) static void first_ctor(void)
{
	char name[16];

	strcpy(name, "first");
	first_saw = CURRENT_CANARY();
	first_ran = busy(name);
}
