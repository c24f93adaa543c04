/* A static program (no PT_DYNAMIC, no PT_INTERP) run as "ld.so ./prog args": it runs, args passed. */
#include <stdio.h>
int main(int argc, char **argv)
{
	printf("argc=%d\n", argc);
	for (int i = 0; i < argc; i++)
		printf("argv[%d]=[%s]\n", i, argv[i]);
	return 3;
}
