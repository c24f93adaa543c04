/*
 * The program defines the names both libraries use: a symbolic library
 * looks in itself first, so its own references bind to its own
 * definitions, while the program sees its own.
 */
#include <stdio.h>
const char *tag_fn(void) { return "exe"; }
const char *tag_data = "exe-data";
const char *flag_fn(void) { return "exe"; }
const char *flag_data = "exe-data";
const char *tag_calls(void), *tag_reads(void);
const char *flag_calls(void), *flag_reads(void);
int main(void)
{
	printf("exe: %s %s %s %s\n", tag_fn(), tag_data, flag_fn(), flag_data);
	printf("DT_SYMBOLIC: %s %s\n", tag_calls(), tag_reads());
	printf("DF_SYMBOLIC: %s %s\n", flag_calls(), flag_reads());
	return 0;
}
