/*
 * Which who() it got, a TLS variable of a library read through
 * __tls_get_addr, and dlopen called twice (through the PLT and through
 * its address): the two loader exports a preload would like to replace.
 */
#include <dlfcn.h>
#include <stdio.h>
const char *who(void);
int tls_value(void);

/* dlopen's address as well: a relocation bound at start-up, where a call
 * through the PLT is bound at its first call. */
static void *(*volatile open_fn)(const char *, int) = dlopen;

int main(void)
{
	printf("who=%s tls=%d", who(), tls_value());
	printf(" dlopen=%s\n",
	       dlopen(0, RTLD_NOW) && open_fn(0, RTLD_NOW) ? "ok" : "failed");
	return 0;
}
