#include <stdio.h>
extern int table[4];
extern const char message[];
int *lib_table_address(void);
int lib_sum(void);

int main(void)
{
	printf("%d %d %d %d %s\n", table[0], table[1], table[2], table[3], message);
	printf("one object: %d\n", lib_table_address() == table);
	table[3] = 1;
	printf("lib sees sum %d\n", lib_sum());
	return 0;
}
