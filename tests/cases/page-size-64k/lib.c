/* A segment of each kind: RELRO (a relocated pointer that ends up
 * read-only), data, and bss that reaches well past the file's data. */
int lib_data = 5;
int lib_bss[20000];
int *const lib_relro[] = { &lib_data, &lib_bss[19999] };

int lib_sum(void)
{
	return *lib_relro[0] + *lib_relro[1];
}
