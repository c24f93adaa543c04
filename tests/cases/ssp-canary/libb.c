/* An unprotected library. */
#include "canary.h"

uintptr_t libb_canary(void)
{
	return read_tls_canary();
}
