/*
 * A library that is nothing but the attacker's code, run by its
 * constructor as soon as it is loaded.  -DWHO names it in the traces.
 */
#include "attack.h"

const char *who(void)
{
	return "attacker";
}

__attribute__((constructor)) static void attack_on_load(void)
{
	attacker_code(WHO);
}
