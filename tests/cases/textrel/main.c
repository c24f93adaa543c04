/* A library with text relocations works, and no mapping is left writable and executable. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
const char *get_message(void);
int get_other(void);
static char maps[1 << 16];
int main(void)
{
	int fd = open("/proc/self/maps", O_RDONLY), wx = 0;
	size_t len = 0;
	ssize_t n;

	printf("%s %d\n", get_message(), get_other());
	if (fd < 0)
		return 1;
	while (len < sizeof(maps) - 1 && (n = read(fd, maps + len, sizeof(maps) - 1 - len)) > 0)
		len += n;
	close(fd);
	for (char *line = maps; line < maps + len; line = strchr(line, '\n') + 1) {
		char *perms = strchr(line, ' ') + 1;
		if (perms[1] == 'w' && perms[2] == 'x') {
			wx++;
			printf("writable and executable: %.*s\n", (int)(strchr(line, '\n') - line), line);
		}
	}
	printf("wx mappings: %d\n", wx);
	return 0;
}
