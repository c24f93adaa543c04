/*
 * A set-uid tool that finds its plugin the documented way: the directory
 * dlinfo(RTLD_DI_ORIGIN) gives for the program, into a PATH_MAX buffer
 * with a guard behind it.
 */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

static struct {
	char origin[PATH_MAX];
	char guard[256];
} buf;

int main(void)
{
	char plugin[PATH_MAX + 16];
	int intact = 1;

	memset(buf.guard, 'G', sizeof(buf.guard));
	if (dlinfo(dlopen(0, RTLD_NOW), RTLD_DI_ORIGIN, buf.origin) != 0) {
		printf("dlinfo: %s\n", dlerror());
		return 1;
	}
	for (size_t i = 0; i < sizeof(buf.guard); i++)
		intact &= buf.guard[i] == 'G';
	printf("origin=%s guard %s\n", buf.origin, intact ? "intact" : "OVERWRITTEN");
	snprintf(plugin, sizeof(plugin), "%s/plugin.so", buf.origin);
	if (!dlopen(plugin, RTLD_NOW))
		printf("dlopen: %s\n", dlerror());
	return 0;
}
