#include <stdio.h>
int twice(int);
extern int resolver_calls;
static int local_impl(void) { return 42; }
static int (*local_pick(void))(void) { return local_impl; }
static int local_answer(void) __attribute__((ifunc("local_pick")));
int (*volatile answer_ptr)(void) = local_answer;

int main(void)
{
	printf("twice(21)=%d\n", twice(21));
	printf("local ifunc=%d via pointer=%d\n", local_answer(), answer_ptr());
	printf("resolver ran=%d\n", resolver_calls > 0);
	return 0;
}
