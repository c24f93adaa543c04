#include <stdio.h>
#include <sys/auxv.h>

extern unsigned long got_hwcap;
extern int got_flag, got_size_ok, got_buffer_ok;
int ifunc_answer(void);

int main(void)
{
	int a = ifunc_answer();

	printf("answer %d\n", a);
	printf("resolver got AT_HWCAP: %d\n", got_hwcap == getauxval(AT_HWCAP) && got_hwcap != 0);
	printf("flag, buffer: %d %d %d\n", got_flag, got_size_ok, got_buffer_ok);
	return 0;
}
