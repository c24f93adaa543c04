/*
 * TLS address lookup on i386.  GNU-dialect code calls ___tls_get_addr
 * (three underscores) with the {module, offset} pointer in %eax; the
 * Sun/psABI name __tls_get_addr takes it on the stack.
 */
#include "ldso.h"

LDSO_EXPORT __attribute__((regparm(1))) void *___tls_get_addr(size_t *index)
{
	return ldso_tls_get_addr(index[0], index[1]);
}

LDSO_EXPORT void *__tls_get_addr(size_t *index)
{
	return ldso_tls_get_addr(index[0], index[1]);
}
