/*
 * The x86 register arguments, each set for the first call through a lazy
 * slot and again for the bound one: "register arguments: kept kept".
 */
#include <stdio.h>

#ifdef __x86_64__
/* r10 or rax set just before the call, in functions of their own. */
long call_r10(void);
long call_rax(void);
__asm__(".globl call_r10\n\t.type call_r10, @function\n"
	"call_r10:\n\tsub $8, %rsp\n\tmov $0x5a5a1234, %r10\n\t"
	"call get_r10_if@PLT\n\tadd $8, %rsp\n\tret\n\t"
	".globl call_rax\n\t.type call_rax, @function\n"
	"call_rax:\n\tsub $8, %rsp\n\tmov $0x700, %eax\n\t"
	"call get_rax_if@PLT\n\tadd $8, %rsp\n\tret");

void registers(void)
{
	long a = call_r10(), b = call_rax(), c = call_r10(), d = call_rax();

	printf("register arguments: %s %s\n", a == 0x5a5a1234 && b == 0x700 ? "kept" : "lost",
	       c == 0x5a5a1234 && d == 0x700 ? "kept" : "lost");
}
#else
__attribute__((regparm(3))) int regparm3_if(int, int, int);
__attribute__((fastcall)) int fast_if(int, int, int);

void registers(void)
{
	int a = regparm3_if(1, 2, 3), b = fast_if(4, 5, 6);
	int c = regparm3_if(1, 2, 3), d = fast_if(4, 5, 6);

	printf("register arguments: %s %s\n", a == 14 && b == 32 ? "kept" : "lost",
	       c == 14 && d == 32 ? "kept" : "lost");
}
#endif
