/*
 * _start for the libc-free differential test programs.
 *
 * The stack at entry is argc, argv[], NULL, envp[], NULL, auxv pairs
 * (psABI "Process initialization").  _start hands the original stack
 * pointer to start_c, which records it, calls main(argc, argv, envp) and
 * exits with exit_group: no atexit, and the fini function a loader passes
 * in rdx/edx/x0/a0 is deliberately ignored (glibc's asserts for libc-free
 * programs and musl's is not a function; see docs/abi.md section 9).
 */
#include "free.h"

unsigned long *free_entry_sp;
unsigned long *free_auxv;

int main(int argc, char **argv, char **envp);

__attribute__((used, noreturn, visibility("hidden"))) void start_c(unsigned long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;
	char **e = envp;

	while (*e)
		e++;
	free_entry_sp = sp;
	free_auxv = (unsigned long *)(e + 1);
	free_exit(main(argc, argv, envp));
}

#if defined(__x86_64__)
__asm__(
	".text\n"
	".globl _start\n"
	".type _start,@function\n"
	"_start:\n"
	"	xor %ebp, %ebp\n"	/* outermost frame */
	"	mov %rsp, %rdi\n"
	"	and $-16, %rsp\n"	/* call with the psABI alignment even if entered misaligned */
	"	call start_c\n"
	"	hlt\n");
#elif defined(__i386__)
__asm__(
	".text\n"
	".globl _start\n"
	".type _start,@function\n"
	"_start:\n"
	"	xor %ebp, %ebp\n"
	"	mov %esp, %eax\n"
	"	and $-16, %esp\n"
	"	sub $12, %esp\n"
	"	push %eax\n"
	"	call start_c\n"
	"	hlt\n");
#elif defined(__aarch64__)
__asm__(
	".text\n"
	".globl _start\n"
	".type _start,%function\n"
	"_start:\n"
	"	mov x29, #0\n"
	"	mov x30, #0\n"
	"	mov x0, sp\n"
	"	and x1, x0, #-16\n"
	"	mov sp, x1\n"
	"	bl start_c\n"
	"	brk #0\n");
#elif defined(__riscv)
/* gp stays unset: these programs are PIEs or never relaxed against it. */
__asm__(
	".text\n"
	".globl _start\n"
	".type _start,@function\n"
	"_start:\n"
	"	li ra, 0\n"
	"	mv a0, sp\n"
	"	andi sp, sp, -16\n"
	"	call start_c\n"
	"	ebreak\n");
#endif
