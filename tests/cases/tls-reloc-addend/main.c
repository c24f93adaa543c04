/* Each library's relocation against tarr carries an addend of 8 bytes. */
#include <stdio.h>
int gd_first(void), ie_first(void);
#if defined(__i386__)
int tpoff32_first(void);
#endif
#if defined(__aarch64__)
int desc_first(void);
#endif

int main(void)
{
	printf("general-dynamic %d, initial-exec %d\n", gd_first(), ie_first());
#if defined(__i386__)
	printf("TLS_TPOFF32 %d\n", tpoff32_first());
#endif
#if defined(__aarch64__)
	printf("TLSDESC %d\n", desc_first());
#endif
	return 0;
}
