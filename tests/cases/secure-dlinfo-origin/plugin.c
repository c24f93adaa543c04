/* The tool's own plugin, beside it. */
#include <stdio.h>

__attribute__((constructor)) static void loaded(void)
{
	printf("plugin: the tool's own\n");
}
