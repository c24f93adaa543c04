/*
 * Which who() it got, a TLS variable of a library read through
 * __tls_get_addr, and a dlopen call: the two loader exports a preload
 * would like to replace.
 */
#include <dlfcn.h>
#include <stdio.h>
const char *who(void);
int tls_value(void);

int main(void)
{
	printf("who=%s tls=%d", who(), tls_value());
	printf(" dlopen=%s\n", dlopen(0, RTLD_NOW) ? "ok" : "failed");
	return 0;
}
