#ifndef _UNISTD_H
#define _UNISTD_H

#include <sys/types.h>

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

extern char **environ;

ssize_t read(int fd, void *buf, size_t count);
ssize_t write(int fd, const void *buf, size_t count);
int close(int fd);
off_t lseek(int fd, off_t offset, int whence);
int chdir(const char *path);
pid_t getpid(void);
int getpagesize(void);
pid_t gettid(void);
size_t confstr(int name, char *buf, size_t len);
__attribute__((__noreturn__)) void _exit(int status);

#endif
