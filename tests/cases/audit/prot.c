/* libprot.so: built with every protection; strcpy into a buffer gives a guard and a __*_chk call. */
#include <string.h>
int prot(const char *s)
{
	char buf[32];
	strcpy(buf, s);
	return (int)strlen(buf);
}
