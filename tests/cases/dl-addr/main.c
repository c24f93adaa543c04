/*
 * dladdr on functions and data, in the program and in a library: the
 * containing object (dli_fname, dli_fbase) and the nearest symbol at or
 * below the address (dli_sname, dli_saddr), also from inside an object
 * (an address in the middle of an array or a function).  An address in
 * no object gives 0.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

extern int lib_table[16];
int lib_function(int x);
int program_data[8] = { 1 };
int program_function(void) { return 7; }

static const char *base(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

static void show(const char *what, const void *addr, const void *sym_addr)
{
	Dl_info info;

	if (!dladdr(addr, &info)) {
		printf("%s: not found\n", what);
		return;
	}
	printf("%s: fname %s, sname %s, saddr %s, fbase below %d\n", what,
	       info.dli_fname[0] ? base(info.dli_fname) : "(program)",
	       info.dli_sname ? info.dli_sname : "(none)",
	       info.dli_saddr == sym_addr ? "exact" : "wrong",
	       (const char *)info.dli_fbase <= (const char *)addr);
}

int main(void)
{
	static char not_exported_but_in_program;
	int on_stack;
	Dl_info info;

	show("lib function", (void *)lib_function, (void *)lib_function);
	show("inside lib function", (char *)lib_function + 1, (void *)lib_function);
	show("lib data", lib_table, lib_table);
	show("inside lib data", &lib_table[5], lib_table);
	show("program function", (void *)program_function, (void *)program_function);
	show("program data", &program_data[3], program_data);
	printf("static data in program: %d\n", dladdr(&not_exported_but_in_program, &info));
	printf("loader's dlopen: %s\n", dladdr((void *)dlopen, &info) &&
	       info.dli_sname && !strcmp(info.dli_sname, "dlopen") ? "dlopen" : "wrong");
	printf("stack: %d\n", dladdr(&on_stack, &info));
	return 0;
}
