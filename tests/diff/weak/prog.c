/* Undefined weak symbols resolve to 0; a weak one that exists resolves. */
#include "free.h"

extern int weak_missing_fn(void) __attribute__((weak));
extern int weak_missing_var __attribute__((weak));
extern int lib_present(void) __attribute__((weak));
int lib_sees_missing_fn_null(void);
int lib_sees_missing_var_null(void);

int main(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	put_bool("program: weak_missing_fn == 0", weak_missing_fn == 0);
	put_bool("program: &weak_missing_var == 0", &weak_missing_var == 0);
	put_bool("library: weak_missing_fn == 0", lib_sees_missing_fn_null());
	put_bool("library: &weak_missing_var == 0", lib_sees_missing_var_null());
	put_bool("program: weak lib_present resolved", lib_present != 0);
	if (lib_present)
		put_num("lib_present()", (unsigned long)lib_present());
	return 0;
}
