/*
 * Names with a '/' and $ORIGIN, outside secure mode: DT_NEEDED
 * "$ORIGIN/sub/libdst.so" and dlopen("${ORIGIN}/sub/libplug.so") expand to
 * the directory of the object that asks (the program).  A name with
 * $ORIGIN that is already loaded is found by its file: the same object.
 */
#include <dlfcn.h>
#include <stdio.h>
const char *who(void);

int main(void)
{
	void *plug = dlopen("${ORIGIN}/sub/libplug.so", RTLD_NOW);
	void *dst = dlopen("$ORIGIN/sub/libdst.so", RTLD_NOW);
	const char *(*plug_who)(void) = plug ? (const char *(*)(void))dlsym(plug, "who") : 0;

	printf("needed: %s\n", who());
	printf("dlopen: %s\n", plug_who ? plug_who() : dlerror());
	printf("same object: %d\n", dst && dlsym(dst, "who") == (void *)who);
	return 0;
}
