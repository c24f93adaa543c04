/*
 * A set-uid preload in a default directory (so it loads in secure mode)
 * that defines a loader export: dlopen (-DREPLACE_DLOPEN) or
 * __tls_get_addr (-DREPLACE_TLS; i386 calls ___tls_get_addr).  Each runs
 * the attacker's code and exits.
 */
#include "attack.h"

#ifdef REPLACE_DLOPEN
void *dlopen(const char *name, int flags)
{
	(void)name, (void)flags;
	attacker_code("preload's dlopen");
	attack_exit(66);
	return 0;
}
#endif

#ifdef REPLACE_TLS
void *__tls_get_addr(void *arg)
{
	(void)arg;
	attacker_code("preload's __tls_get_addr");
	attack_exit(66);
	return 0;
}

void *___tls_get_addr(void *arg)
{
	(void)arg;
	attacker_code("preload's ___tls_get_addr");
	attack_exit(66);
	return 0;
}
#endif
