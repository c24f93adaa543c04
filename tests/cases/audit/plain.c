/* libplain.so: built with none (-fno-stack-protector, -z norelro). */
#include <string.h>
int plain(const char *s)
{
	char buf[32];
	strcpy(buf, s);
	return (int)strlen(buf);
}
