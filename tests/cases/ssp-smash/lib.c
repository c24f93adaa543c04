/* A protected library function that overflows its own array by n - 16 bytes. */
__attribute__((noinline)) int smash_lib(int n)
{
	char buf[16];
	volatile char *p = buf;

	for (int i = 0; i < n; i++)
		p[i] = 'A';
	return p[0];
}
