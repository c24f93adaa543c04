/*
 * prog memcpy|strcpy|sprintf STRING, built with -O2 -D_FORTIFY_SOURCE=2:
 * the crt headers turn these calls into __*_chk calls bounded by the size
 * of dst (12 bytes).  STRING comes from the command line, so the compiler
 * cannot decide whether it fits: a short one fits, a long one overflows.
 */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	char dst[12];

	if (argc < 3)
		return 2;
	memset(dst, 0, sizeof dst);
	if (strcmp(argv[1], "memcpy") == 0)
		memcpy(dst, argv[2], strlen(argv[2]));
	else if (strcmp(argv[1], "strcpy") == 0)
		strcpy(dst, argv[2]);
	else if (strcmp(argv[1], "sprintf") == 0)
		sprintf(dst, "<%s>", argv[2]);
	else
		return 2;
	printf("%s %.11s\n", argv[1], dst);
	return 0;
}
