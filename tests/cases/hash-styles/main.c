#include <stdio.h>
int sysv_1(void), sysv_7(void), sysv_14(void);
int gnu_1(void), gnu_7(void), gnu_14(void);
extern int both_value;

int main(void)
{
	printf("sysv %d %d %d\n", sysv_1(), sysv_7(), sysv_14());
	printf("gnu %d %d %d\n", gnu_1(), gnu_7(), gnu_14());
	printf("both %d\n", both_value);
	return 0;
}
