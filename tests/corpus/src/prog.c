/*
 * The valid program every program variant starts from: a PIE that needs
 * libcorp.so (function calls through the PLT, its data, its TLS), with
 * TLS, an init array and relocations of its own.  It prints "S" on entry,
 * "P" from its constructor and "ok" from main when everything it got from
 * the loader adds up: the valid program prints "LSPok".
 */
#include "free.h"

extern int lib_counter;
extern __thread int lib_tls;
int lib_func(int x);
const char *lib_word(int i);

__thread int prog_tls = 3;
static const char *prog_words[] = { "p0", "p1" };	/* RELATIVE */
static int prog_inited;

static void prog_init(void)
{
	put("P");
	prog_inited = 1;
}

__attribute__((section(".init_array"), used)) static void (*init_p)(void) = prog_init;

int main(void)
{
	/* lib_func(1) = 1 + lib_counter (2 after lib_init) + lib_tls (5) */
	if (prog_inited && lib_counter == 2 && lib_func(1) == 8 &&
	    lib_tls == 5 && prog_tls == 3 && lib_word(1)[0] == 'o' &&
	    prog_words[1][1] == '1')
		put("ok\n");
	else
		put("wrong\n");
	return 0;
}

/*
 * libc-free entry.  The executable's own constructors are its start
 * code's job (docs/design.md, "Boot stages", stage 8); the loader's fini
 * (in rdx, edx, x0 or a0) is ignored.
 */
extern void (*__init_array_start[])(void) __attribute__((visibility("hidden")));
extern void (*__init_array_end[])(void) __attribute__((visibility("hidden")));

__attribute__((used)) void start_c(void)
{
	put("S");	/* the program's own code runs from here */
	for (void (**f)(void) = __init_array_start; f < __init_array_end; f++)
		(*f)();
	leave(main());
}

/*
 * _start: no return address, a 16-byte aligned stack, then C.  riscv64
 * sets gp first (the executable owns it; relaxation is off around the
 * load, or the linker would make it gp-relative to itself).
 */
#if defined(__x86_64__)
__asm__(".text\n.globl _start\n_start:\n\txor %ebp, %ebp\n\tand $-16, %rsp\n"
	"\tcall start_c\n\thlt\n");
#elif defined(__i386__)
__asm__(".text\n.globl _start\n_start:\n\txor %ebp, %ebp\n\tand $-16, %esp\n"
	"\tcall start_c\n\thlt\n");
#elif defined(__aarch64__)
__asm__(".text\n.globl _start\n_start:\n\tmov x29, #0\n\tmov x30, #0\n"
	"\tmov x0, sp\n\tand x0, x0, #-16\n\tmov sp, x0\n\tbl start_c\n\tbrk #0\n");
#elif defined(__riscv)
__asm__(".text\n.globl _start\n_start:\n\t.option push\n\t.option norelax\n"
	"\tlla gp, __global_pointer$\n\t.option pop\n\tli ra, 0\n\tli s0, 0\n"
	"\tandi sp, sp, -16\n\tcall start_c\n\tebreak\n");
#endif
