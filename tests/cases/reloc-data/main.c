#include <stdio.h>
extern int b_value;			/* GLOB_DAT from a PIE */
extern int *a_points_at_b;
extern const char *(*a_fn_ptr)(void);
const char *a_word(int i);
int a_read_b(void);
const char *b_name(void);

int main(void)
{
	printf("%s %s %s\n", a_word(0), a_word(1), a_word(2));
	printf("b_value=%d via a=%d same=%d\n", b_value, a_read_b(),
	       a_points_at_b == &b_value);
	printf("fn ptr equal=%d name=%s\n", a_fn_ptr == b_name, a_fn_ptr());
	b_value = 9;
	printf("after write a sees %d\n", a_read_b());
	return 0;
}
