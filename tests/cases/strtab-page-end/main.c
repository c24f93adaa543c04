#include <stdio.h>

extern int page_end_datum;
int *datum_address(void);

int main(void)
{
	printf("%d %d\n", page_end_datum, *datum_address() == page_end_datum);
	return 0;
}
