/*
 * Linked against release 2: foo binds to foo@@VER_2.  dlvsym picks a
 * version by name, the hidden compatibility one included; dlsym sees only
 * the default.
 */
#include <stdio.h>
#include <dlfcn.h>
const char *foo(void);
typedef const char *(*fn)(void);

int main(void)
{
	fn v1 = (fn)dlvsym(RTLD_DEFAULT, "foo", "VER_1");
	fn v2 = (fn)dlvsym(RTLD_DEFAULT, "foo", "VER_2");
	fn plain = (fn)dlsym(RTLD_DEFAULT, "foo");
	void *none = dlvsym(RTLD_DEFAULT, "foo", "VER_9");

	printf("new: %s\n", foo());
	printf("dlvsym VER_1: %s\n", v1 ? v1() : "(null)");
	printf("dlvsym VER_2: %s\n", v2 ? v2() : "(null)");
	printf("dlsym: %s\n", plain ? plain() : "(null)");
	printf("dlvsym VER_9: %s, %s\n", none ? "found" : "(null)", dlerror());
	return 0;
}
