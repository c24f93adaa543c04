/*
 * Unversioned references bind only to default definitions.
 *
 * foo: the program was linked against a libver.so without versions, so
 * its reference names none; the libver.so it runs with has foo@VER_1
 * (hidden) and foo@@VER_2, the hidden one first in .dynsym.  bar:
 * libcompat.so, first in the scope, has only the hidden bar@VER_1;
 * libplain.so has bar.  dlsym names no version either; dlvsym still finds
 * the hidden one by name.  (The README's rule, and musl's.  glibc binds an
 * unversioned reference of an old program to the oldest version instead.)
 */
#include <dlfcn.h>
#include <stdio.h>
const char *foo(void), *bar(void), *compat_marker(void);
typedef const char *(*fn)(void);

int main(void)
{
	fn dl_foo = (fn)dlsym(RTLD_DEFAULT, "foo");
	fn dl_bar = (fn)dlsym(RTLD_DEFAULT, "bar");
	fn v1 = (fn)dlvsym(RTLD_DEFAULT, "foo", "VER_1");
	fn bar1 = (fn)dlvsym(RTLD_DEFAULT, "bar", "VER_1");

	printf("foo: %s\n", foo());
	printf("bar: %s (%s loaded first)\n", bar(), compat_marker());
	printf("dlsym foo: %s\n", dl_foo ? dl_foo() : "(null)");
	printf("dlsym bar: %s\n", dl_bar ? dl_bar() : "(null)");
	printf("dlvsym foo VER_1: %s\n", v1 ? v1() : "(null)");
	printf("dlvsym bar VER_1: %s\n", bar1 ? bar1() : "(null)");
	return 0;
}
