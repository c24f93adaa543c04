/* A clean heap profile: ten 1000-byte blocks one after the other, then 5000 bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
	char *p;

	for (int i = 0; i < 10; i++) {
		p = malloc(1000);
		memset(p, i, 1000);
		free(p);
	}
	p = malloc(5000);
	memset(p, 1, 5000);
	printf("ok\n");
	free(p);
	return 0;
}
