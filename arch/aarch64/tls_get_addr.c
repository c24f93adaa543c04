/*
 * __tls_get_addr on AArch64: traditional general-dynamic TLS code
 * (-mtls-dialect=trad) calls it with a pointer to {module, offset} in x0,
 * an ordinary call.  The default dialect uses descriptors (tlsdesc.S).
 */
#include "ldso.h"

LDSO_EXPORT void *__tls_get_addr(size_t *index)
{
	return ldso_tls_get_addr(index[0], index[1]);
}
