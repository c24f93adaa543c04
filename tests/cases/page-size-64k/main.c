#include <stdio.h>

extern int lib_data, lib_bss[];
int lib_sum(void);

int main(void)
{
	lib_bss[19999] = 37;
	printf("%d %d %d\n", lib_data, lib_bss[0], lib_sum());
	return 0;
}
