/* A protected library (-fstack-protector-all). */
#include "canary.h"

uintptr_t liba_canary(void)
{
	return read_tls_canary();
}
