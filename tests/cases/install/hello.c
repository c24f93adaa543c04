/* Built with the installed ldso-cc: its headers, start files, libcrt,
 * libssp (for -fstack-protector-strong) and the dl API. */
#include <stdio.h>
#include <string.h>
#include <dlfcn.h>
int main(int argc, char **argv)
{
	char buf[32];
	strcpy(buf, "installed");
	printf("%s %d %s\n", buf, argc, dlsym(RTLD_DEFAULT, "printf") ? "dl" : "no-dl");
	(void)argv;
	return 0;
}
