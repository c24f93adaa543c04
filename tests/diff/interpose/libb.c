#include "free.h"

const char *which_lib(void)
{
	return "libb";
}

const char *libb_calls_which_lib(void)
{
	return which_lib();
}
