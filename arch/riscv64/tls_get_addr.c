/*
 * __tls_get_addr on RISC-V: general- and local-dynamic TLS code calls it
 * with a pointer to {module, offset} in a0, an ordinary call.  The offset
 * word holds the offset in the block minus 0x800 (ARCH_DTV_OFFSET, the
 * psABI's TLS_DTV_OFFSET, so that a 12-bit signed immediate reaches more
 * of the block): add it back.
 */
#include "ldso.h"

LDSO_EXPORT void *__tls_get_addr(size_t *index)
{
	return ldso_tls_get_addr(index[0], index[1] + ARCH_DTV_OFFSET);
}
