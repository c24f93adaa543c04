/* ET_EXEC: calls through the PLT, and &lib_fn (the canonical PLT entry) equals the library's view. */
#include <stdio.h>
int lib_fn(int);
int (*lib_own_address(void))(int);
int (*volatile fp)(int) = lib_fn;
int main(void)
{
	printf("call=%d via pointer=%d\n", lib_fn(1), fp(2));
	printf("same address=%d\n", fp == lib_own_address() && &lib_fn == lib_own_address());
	return 0;
}
