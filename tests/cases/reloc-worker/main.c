/*
 * Every word bound, in liblib.so and here; with "threads", how many
 * threads the process has when main runs (stage 6's worker is gone).
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define WORDS 140000

extern void target(void);
extern void (*lib_words[])(void);

__asm__(".pushsection .data.rel,\"aw\"\n"
	".balign 16\n"
	"prog_words:\n"
	".rept 140000\n"
	".dc.a target\n"
	".endr\n"
	".popsection");
extern void (*prog_words[])(void);

static int threads(void)
{
	static char buf[4096];
	int fd = open("/proc/self/status", O_RDONLY);
	ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof(buf) - 1);
	char *line;

	if (n <= 0)
		return -1;
	buf[n] = 0;
	line = strstr(buf, "\nThreads:");
	return line ? atoi(line + 9) : -1;
}

int main(int argc, char **argv)
{
	for (int i = 0; i < WORDS; i++)
		if (lib_words[i] != target || prog_words[i] != target) {
			printf("word %d: %p %p, target %p\n", i, (void *)lib_words[i],
			       (void *)prog_words[i], (void *)target);
			return 1;
		}
	printf("%d words each bound\n", WORDS);
	if (argc > 1 && !strcmp(argv[1], "threads"))
		printf("threads %d\n", threads());
	return 0;
}
