/*
 * Prints how many descriptors above 2 are open and whether libbad.so is
 * mapped; the check compares a run with LD_PRELOAD naming that truncated
 * ELF file against one without it.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char maps[65536];

int main(void)
{
	int fd = open("/proc/self/maps", O_RDONLY), open_fds = 0;
	ssize_t n, len = 0;

	while (fd >= 0 && (n = read(fd, maps + len, sizeof(maps) - 1 - len)) > 0)
		len += n;
	if (fd >= 0)
		close(fd);
	maps[len] = 0;
	for (int i = 3; i < 64; i++)
		if (!(read(i, 0, 0) < 0 && errno == EBADF))
			open_fds++;
	printf("descriptors above 2: %d\n", open_fds);
	printf("libbad mapped: %s\n", strstr(maps, "libbad.so") ? "yes" : "no");
	return 0;
}
