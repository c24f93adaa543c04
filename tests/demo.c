/*
 * demo: a small program built with ldso-cc -fstack-protector-all.
 *
 * It says hello, shows which loader started it (its own PT_INTERP and the
 * auxiliary vector), and that the stack-protector canary is set.  With the
 * argument "smash" it overruns a stack buffer: the canary check must catch
 * it and abort.
 */
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>

#define PT_INTERP 3
#define PT_PHDR 6

#if defined(__x86_64__)
struct phdr {
	unsigned int p_type, p_flags;
	unsigned long p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
};
#define CANARY_READ(v) __asm__ volatile("mov %%fs:0x28, %0" : "=r"(v))
#else
struct phdr {
	unsigned int p_type;
	unsigned long p_offset, p_vaddr, p_paddr, p_filesz, p_memsz;
	unsigned int p_flags;
	unsigned long p_align;
};
#define CANARY_READ(v) __asm__ volatile("mov %%gs:0x14, %0" : "=r"(v))
#endif

/* The program's PT_INTERP string, found through AT_PHDR. */
static const char *my_interp(void)
{
	const struct phdr *ph = (const struct phdr *)getauxval(AT_PHDR);
	unsigned long n = getauxval(AT_PHNUM), bias = 0, i;

	for (i = 0; i < n; i++)
		if (ph[i].p_type == PT_PHDR)
			bias = (unsigned long)ph - ph[i].p_vaddr;
	for (i = 0; i < n; i++)
		if (ph[i].p_type == PT_INTERP)
			return (const char *)(bias + ph[i].p_vaddr);
	return "(none)";
}

static void greet(const char *name)
{
	char line[64];	/* a protected frame: its canary is checked on return */

	snprintf(line, sizeof line, "hello, %s, from a stack-protected program", name);
	puts(line);
}

__attribute__((noinline)) static void smash(const char *text)
{
	char small[8];
	char *p = small;
	unsigned long i;

	/* Hide p's origin from the optimizer, then write past small[]: the
	 * canary above it is overwritten and the check on return fails. */
	__asm__("" : "+r"(p));
	for (i = 0; i < 64; i++)
		p[i] = text[i % 8];
	printf("wrote 64 bytes into an 8-byte buffer: %.8s\n", small);
}

int main(int argc, char **argv)
{
	unsigned long canary;
	const char *execfn = (const char *)getauxval(AT_EXECFN);

	CANARY_READ(canary);
	greet(argc > 1 ? argv[1] : "world");
	printf("  my PT_INTERP:  %s\n", my_interp());
	printf("  AT_BASE:       %#lx (%s)\n", getauxval(AT_BASE),
	       getauxval(AT_BASE) ? "the kernel mapped the loader for me"
				  : "the loader was run as a command");
	printf("  AT_EXECFN:     %s\n", execfn ? execfn : "(none)");
	printf("  argv[0]:       %s\n", argv[0]);
	printf("  canary:        %s, low byte %s\n", canary ? "set" : "NOT SET",
	       (canary & 0xff) == 0 ? "zero (as glibc does)" : "non-zero");
	if (argc > 1 && strcmp(argv[1], "smash") == 0)
		smash("AAAAAAAA");
	return canary ? 0 : 1;
}
