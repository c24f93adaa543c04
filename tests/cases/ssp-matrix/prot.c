/* The protected library: its functions have arrays, so -fstack-protector-strong covers them. */
#include <string.h>

int unprot_sum(const char *s);

int prot_sum(const char *s)
{
	char buf[32];

	strcpy(buf, s);
	return (int)strlen(buf) + unprot_sum(buf);
}
