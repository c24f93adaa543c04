/*
 * The thread pointer and the stack-protector canary slot (%fs:0x28 on
 * x86-64, %gs:0x14 on i386) as a libc-free program finds them.  glibc's
 * loader sets the canary from AT_RANDOM with its low byte zero; musl's
 * leaves it 0 (its libc start code sets it).  Both install a TCB whose
 * first word points at itself.
 */
#include "free.h"

/* Reads the word at offset off from the thread pointer. */
#if defined(__x86_64__)
#define TP_READ(off, v) __asm__ volatile("mov %%fs:" #off ", %0" : "=r"(v))
#define CANARY_OFFSET 0x28
#define READ_CANARY(v) TP_READ(0x28, v)
#else
#define TP_READ(off, v) __asm__ volatile("mov %%gs:" #off ", %0" : "=r"(v))
#define CANARY_OFFSET 0x14
#define READ_CANARY(v) TP_READ(0x14, v)
#endif

int main(int argc, char **argv, char **envp)
{
	unsigned long self, canary;

	(void)argc, (void)argv, (void)envp;
	TP_READ(0, self);
	READ_CANARY(canary);
	put_bool("thread pointer word 0 is non-zero", self != 0);
	put_bool("word 0 points at the TCB itself",
		 self != 0 && *(unsigned long *)(self + CANARY_OFFSET) == canary);
	put_bool("canary is non-zero", canary != 0);
	put_bool("canary low byte is zero", (canary & 0xff) == 0);
	return 0;
}
