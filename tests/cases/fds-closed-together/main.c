/*
 * Start-up closes the libraries' descriptors together (ldso/fds.c):
 * every one of them is closed by main, and a descriptor the program
 * inherited among them stays open.  Prints the descriptors open from 3
 * to 9 (the check closes them before the run).
 */
#include <stdio.h>
#include <unistd.h>
int lib1(void), lib2(void), lib3(void), lib4(void), lib5(void);

int main(void)
{
	char c;

	printf("sum %d, open:", lib1() + lib2() + lib3() + lib4() + lib5());
	/* A read of nothing fails on a closed descriptor only. */
	for (int fd = 3; fd < 10; fd++)
		if (read(fd, &c, 0) >= 0)
			printf(" %d", fd);
	printf("\n");
	return 0;
}
