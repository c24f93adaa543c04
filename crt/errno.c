/*
 * errno.  In libcrt.so (built with CRT_SHARED) each thread has its own:
 * libcrt.so is always loaded with the program, so its TLS is static and
 * the initial-exec model (a fixed offset from the thread pointer, no call
 * to __tls_get_addr) serves.  libcrt.a keeps one errno for the process: a
 * static program has no loader to set up a thread pointer, and no threads.
 */
#include <errno.h>

#ifdef CRT_SHARED
static __thread int errno_value __attribute__((tls_model("initial-exec")));
#else
static int errno_value;
#endif

int *__errno_location(void)
{
	return &errno_value;
}
