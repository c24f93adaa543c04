/* Thin wrappers around the raw system calls of arch/<arch>/syscall.h. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <sys/mman.h>
#include <unistd.h>

#include <syscall.h>

#include "internal.h"

long __crt_syscall_ret(long result)
{
	if (result < 0 && result > -4096) {
		errno = (int)-result;
		return -1;
	}
	return result;
}

ssize_t read(int fd, void *buf, size_t count)
{
	return __crt_syscall_ret(arch_syscall3(SYS_read, fd, (long)buf,
					       (long)count));
}

ssize_t write(int fd, const void *buf, size_t count)
{
	return __crt_syscall_ret(arch_syscall3(SYS_write, fd, (long)buf,
					       (long)count));
}

/*
 * <fcntl.h> has one set of flag values; three of them are other bits on
 * some CPUs (arch/<arch>/syscall.h says which).
 */
static int kernel_open_flags(int flags)
{
	int k = flags & ~(O_DIRECTORY | O_NOFOLLOW | O_LARGEFILE);

	if (flags & O_DIRECTORY)
		k |= ARCH_O_DIRECTORY;
	if (flags & O_NOFOLLOW)
		k |= ARCH_O_NOFOLLOW;
	return k;
}

/*
 * O_LARGEFILE always: a 32-bit process needs it to open files of 2 GiB
 * and more, and the 64-bit kernel sets it anyway.  openat, because the
 * generic system call table (aarch64, riscv64) has no open.
 */
int open(const char *path, int flags, ...)
{
	unsigned int mode = 0;
	va_list ap;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = va_arg(ap, unsigned int);
		va_end(ap);
	}
	return __crt_syscall_ret(arch_syscall4(SYS_openat, AT_FDCWD, (long)path,
					       kernel_open_flags(flags) |
					       ARCH_O_LARGEFILE, mode));
}

int close(int fd)
{
	return __crt_syscall_ret(arch_syscall1(SYS_close, fd));
}

off_t lseek(int fd, off_t offset, int whence)
{
	return __crt_syscall_ret(arch_syscall3(SYS_lseek, fd, offset, whence));
}

int chdir(const char *path)
{
	return __crt_syscall_ret(arch_syscall1(SYS_chdir, (long)path));
}

pid_t getpid(void)
{
	return arch_syscall0(SYS_getpid);
}

pid_t gettid(void)
{
	return arch_syscall0(SYS_gettid);
}

int kill(pid_t pid, int sig)
{
	return __crt_syscall_ret(arch_syscall2(SYS_kill, pid, sig));
}

void _exit(int status)
{
	for (;;)
		arch_syscall1(SYS_exit_group, status);
}

void *mmap(void *addr, size_t length, int prot, int flags, int fd,
	   off_t offset)
{
	return (void *)__crt_syscall_ret(arch_mmap(addr, length, prot, flags,
						   fd, offset));
}

int munmap(void *addr, size_t length)
{
	return __crt_syscall_ret(arch_syscall2(SYS_munmap, (long)addr,
					       (long)length));
}

int mprotect(void *addr, size_t length, int prot)
{
	return __crt_syscall_ret(arch_syscall3(SYS_mprotect, (long)addr,
					       (long)length, prot));
}

int __crt_write_all(int fd, const char *buf, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, buf, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf += n;
		len -= n;
	}
	return 0;
}
