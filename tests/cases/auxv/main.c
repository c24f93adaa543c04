/* The program sees AT_PHDR/AT_PHNUM/AT_ENTRY/AT_EXECFN describing itself, and its argv and envp intact. */
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#ifdef __LP64__
typedef struct { unsigned char ident[16]; unsigned short type, machine; unsigned version;
	unsigned long long entry, phoff, shoff; unsigned flags; unsigned short ehsize, phentsize, phnum; } ehdr_t;
#else
typedef struct { unsigned char ident[16]; unsigned short type, machine; unsigned version;
	unsigned entry, phoff, shoff; unsigned flags; unsigned short ehsize, phentsize, phnum; } ehdr_t;
#endif
extern const ehdr_t __ehdr_start;
void _start(void);

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv, char **envp)
{
	const char *execfn = (const char *)getauxval(AT_EXECFN);
	size_t n = execfn ? strlen(execfn) : 0;
	char *env[16];
	int nenv = 0;

	printf("AT_PHDR ok=%d\n", getauxval(AT_PHDR) == (unsigned long)&__ehdr_start + __ehdr_start.phoff);
	printf("AT_PHNUM ok=%d\n", getauxval(AT_PHNUM) == __ehdr_start.phnum);
	printf("AT_PHENT ok=%d\n", getauxval(AT_PHENT) == __ehdr_start.phentsize);
	printf("AT_ENTRY ok=%d\n", getauxval(AT_ENTRY) == (unsigned long)_start);
	printf("AT_EXECFN ends with prog=%d\n", n >= 4 && !strcmp(execfn + n - 4, "prog"));
	printf("argc=%d\n", argc);
	for (int i = 0; i < argc; i++)
		printf("argv[%d]=[%s]\n", i, argv[i]);
	printf("argv[argc]=%p\n", (void *)argv[argc]);
	/* qemu-user hands envp over reversed: sort before printing. */
	for (; envp[nenv] && nenv < 16; nenv++)
		env[nenv] = envp[nenv];
	for (int i = 1; i < nenv; i++)
		for (int j = i; j > 0 && by_name(&env[j - 1], &env[j]) > 0; j--) {
			char *t = env[j]; env[j] = env[j - 1]; env[j - 1] = t;
		}
	for (int i = 0; i < nenv; i++)
		printf("env: %s\n", env[i]);
	return 0;
}
