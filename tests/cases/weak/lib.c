/* A library's undefined weak references (GLOB_DAT and a PLT call guard) are 0 too. */
__attribute__((weak)) void absent_fn(void);
__attribute__((weak)) extern int absent_data;
__attribute__((weak)) void absent_lib_fn(void);
int lib_has_absent(void)
{
	if (absent_lib_fn)
		absent_lib_fn();
	return (absent_fn != 0) + (&absent_data != 0) + (absent_lib_fn != 0);
}
