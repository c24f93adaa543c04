/*
 * __tls_get_addr on x86-64: general- and local-dynamic TLS code calls it
 * with a pointer to {module, offset} in %rdi (an ordinary call).
 */
#include "ldso.h"

LDSO_EXPORT void *__tls_get_addr(size_t *index)
{
	return ldso_tls_get_addr(index[0], index[1]);
}
