#include <stdio.h>
int check_run(void);
static const char *names[] = { "one", "two", "three" };
const char **names_ptr = names;

int main(void)
{
	printf("library pointers ok=%d\n", check_run());
	printf("program pointers: %s %s %s\n", names_ptr[0], names_ptr[1], names_ptr[2]);
	return 0;
}
