#include "free.h"

void libb_hello(void);

__attribute__((constructor)) static void liba_ctor(void)
{
	put("liba init_array\n");
}

void liba_hello(void)
{
	put("liba_hello\n");
	libb_hello();
}
