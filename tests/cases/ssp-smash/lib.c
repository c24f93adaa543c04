/* A protected library function that overflows its own array by n - 16 bytes. */
__attribute__((noinline)) int smash_lib(int n)
{
	char buf[16];
	volatile char *p = buf;

	for (int i = 0; i < n; i++)
		p[i] = 'A';
	return p[0];
}

/*
 * An exported function after smash_lib: were the report made from a frame
 * other than smash_lib's (i386's __stack_chk_fail_local not leaving with a
 * tail jump, linked after both), dladdr would name this one.
 */
int lib_after(int n)
{
	return n + 1;
}
