/* A gconv module glibc's iconv loads from $GCONV_PATH: the attacker's. */
#include "attack.h"

__attribute__((constructor)) static void attack_on_load(void)
{
	attacker_code("GCONV_PATH module");
	attack_exit(0);		/* not a working module: stop here */
}
