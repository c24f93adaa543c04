/* Weak and strong definitions: the first one found in scope order wins, as glibc does. */
#include <stdio.h>
const char *pick(void);
extern int pick_data;
const char *b_pick(void);
int b_pick_data(void);
int main(void)
{
	printf("prog: %s %d\n", pick(), pick_data);
	printf("libb: %s %d\n", b_pick(), b_pick_data());
	return 0;
}
