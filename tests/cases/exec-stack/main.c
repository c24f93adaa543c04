/* Prints the [stack] line of /proc/self/maps: executable only when the program asks for it. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
static char maps[1 << 16];
int main(void)
{
	int fd = open("/proc/self/maps", O_RDONLY);
	size_t len = 0;
	ssize_t n;

	if (fd < 0)
		return 1;
	while (len < sizeof(maps) - 1 && (n = read(fd, maps + len, sizeof(maps) - 1 - len)) > 0)
		len += n;
	for (char *line = maps; line < maps + len; line = strchr(line, '\n') + 1) {
		int width = (int)(strchr(line, '\n') - line);
		if (width > 7 && !memcmp(line + width - 7, "[stack]", 7))
			printf("%.*s\n", width, line);
	}
	return 0;
}
