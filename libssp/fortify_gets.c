/*
 * __gets_chk: gets, bounded by the size the compiler knows for s.  It
 * reads fd 0 one byte at a time with raw system calls, so that it takes
 * no more of the input than the line, and needs no stdio.  (A program that
 * also reads stdin through a buffered stdio will see the two interleave
 * badly; gets is not worth more.)
 */
#include "fortify/stdio.h"
#include "ssp.h"
#include "syscall.h"

#define EINTR 4

/* One byte from fd 0, or -1 at end of input or on error. */
static int read_byte(void)
{
	unsigned char c;
	long n;

	do
		n = arch_syscall3(SYS_read, 0, (long)&c, 1);
	while (n == -EINTR);
	return n == 1 ? c : -1;
}

char *__gets_chk(char *s, size_t slen)
{
	size_t len = 0;
	int c;

	if (slen == 0)
		__chk_fail();
	while ((c = read_byte()) != '\n') {
		if (c < 0) {
			if (len == 0)
				return 0;
			break;
		}
		/* The byte and the final NUL must both fit. */
		if (len >= slen - 1)
			__chk_fail();
		s[len++] = (char)c;
	}
	s[len] = '\0';
	return s;
}
