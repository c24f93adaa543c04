/*
 * prog exe|lib [N]: overflow a 16-byte array by N - 16 bytes (default 64)
 * in the executable or in the protected library.  N = 16 stays in bounds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int smash_lib(int n);

__attribute__((noinline)) int smash_exe(int n)
{
	char buf[16];
	volatile char *p = buf;

	for (int i = 0; i < n; i++)
		p[i] = 'B';
	return p[0];
}

int main(int argc, char **argv)
{
	int n = argc > 2 ? atoi(argv[2]) : 64;

	if (argc < 2)
		return 2;
	if (strcmp(argv[1], "exe") == 0)
		smash_exe(n);
	else
		smash_lib(n);
	printf("survived\n");
	return 0;
}
