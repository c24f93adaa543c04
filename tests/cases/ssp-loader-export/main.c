/*
 * Where gcc's default canary is the global __stack_chk_guard (aarch64,
 * riscv64), the loader exports one, set from AT_RANDOM (low byte zero)
 * before any other object runs, as glibc's loader does there.  Built
 * twice: prog-alone links no libssp (the guard comes from the loader; its
 * own __stack_chk_fail is here), prog-libssp links libssp, whose copy
 * comes first in scope and whose constructor keeps the same value.  Either
 * way every protected function, the program's and a library's, checks
 * against one random guard, and a smashed frame is caught.
 */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>

extern uintptr_t __stack_chk_guard;
int lib_protected(int n);

#ifndef WITH_LIBSSP
__attribute__((noreturn)) void __stack_chk_fail(void)
{
	puts("smash caught");
	exit(3);
}
#endif

__attribute__((noinline)) static int protected(const char *s)
{
	char buf[16];

	strcpy(buf, s);
	return (int)strlen(buf);
}

int main(int argc, char **argv)
{
	const unsigned char *r = (const unsigned char *)getauxval(AT_RANDOM);
	uintptr_t want = 0, *loaders;
	void *self = dlopen("ld.so", RTLD_NOLOAD | RTLD_LAZY);
	Dl_info info;

	for (unsigned i = 0; i < sizeof want; i++)
		want |= (uintptr_t)r[i] << (8 * i);
	want &= ~(uintptr_t)0xff;
	loaders = self ? dlsym(self, "__stack_chk_guard") : 0;
	printf("the loader exports __stack_chk_guard: %d\n", loaders != 0);
	printf("the guard is AT_RANDOM's first word, low byte zero: %d\n",
	       __stack_chk_guard == want && want != 0);
	printf("the loader's copy holds the same: %d\n", loaders && *loaders == want);
	printf("the program's guard is %s\n",
	       dladdr(&__stack_chk_guard, &info) && strstr(info.dli_fname, "libssp")
		       ? "libssp's" : &__stack_chk_guard == loaders ? "the loader's" : "elsewhere");
	printf("protected calls: %d %d\n", protected("short"), lib_protected(4));
	if (argc > 1)
		protected(argv[1]);	/* a long argument smashes the frame */
	return 0;
}
