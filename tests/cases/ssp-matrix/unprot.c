/* The unprotected library (-fno-stack-protector in every build). */
#include <string.h>

int unprot_sum(const char *s)
{
	char buf[32];
	int sum = 0;

	strcpy(buf, s);
	for (int i = 0; buf[i]; i++)
		sum += buf[i] - '0';
	return sum;
}
