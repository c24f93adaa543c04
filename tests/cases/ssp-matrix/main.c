/* Calls through the protected library into the unprotected one and back. */
#include <stdio.h>
#include <string.h>

int prot_sum(const char *s);
int unprot_sum(const char *s);

int main(void)
{
	char digits[16];

	strcpy(digits, "12345");
	printf("prot %d unprot %d\n", prot_sum(digits), unprot_sum(digits));
	return 0;
}
