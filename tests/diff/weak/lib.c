/* Weak references from a libc-free .so: one unresolved, one defined here. */
#include "free.h"

extern int weak_missing_fn(void) __attribute__((weak));
extern int weak_missing_var __attribute__((weak));

int lib_present(void)
{
	return 7;
}

int lib_sees_missing_fn_null(void)
{
	return weak_missing_fn == 0;
}

int lib_sees_missing_var_null(void)
{
	return &weak_missing_var == 0;
}
