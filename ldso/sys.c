/*
 * System calls the loader makes after stage 2, as small functions that
 * return -errno on failure.  The CPUs differ in numbers and in how mmap
 * and pread take their offsets, which arch/<arch>/syscall.h hides.  This
 * file calls nothing of the loader's: everything else may use it.
 */
#include "ldso.h"

#define AT_FDCWD -100
#define AT_EMPTY_PATH 0x1000
#define STATX_BASIC_STATS 0x7ff

long ldso_open(const char *path, int flags)
{
	return arch_syscall4(SYS_openat, AT_FDCWD, (long)path, flags, 0);
}

long ldso_close(int fd)
{
	return arch_syscall1(SYS_close, fd);
}

long ldso_close_range(unsigned first, unsigned last)
{
	return arch_syscall3(SYS_close_range, first, last, 0);
}

long ldso_pread(int fd, void *buf, size_t len, uint64_t offset)
{
	return arch_pread64(fd, buf, len, offset);
}

long ldso_write(int fd, const void *buf, size_t len)
{
	return arch_syscall3(SYS_write, fd, (long)buf, (long)len);
}

void *ldso_mmap(void *addr, size_t len, int prot, int flags, int fd,
		uint64_t offset)
{
	return (void *)arch_mmap(addr, len, prot, flags, fd, offset);
}

bool ldso_mmap_failed(void *p)
{
	return (uintptr_t)p > (uintptr_t)-4096;
}

long ldso_munmap(void *addr, size_t len)
{
	return arch_syscall2(SYS_munmap, (long)addr, (long)len);
}

long ldso_madvise(void *addr, size_t len, int advice)
{
	return arch_syscall3(SYS_madvise, (long)addr, (long)len, advice);
}

long ldso_mprotect(void *addr, size_t len, int prot)
{
	return arch_syscall3(SYS_mprotect, (long)addr, (long)len, prot);
}

long ldso_readlink(const char *path, char *buf, size_t len)
{
	return arch_syscall4(SYS_readlinkat, AT_FDCWD, (long)path, (long)buf,
			     (long)len);
}

long ldso_getcwd(char *buf, size_t size)
{
	return arch_syscall2(SYS_getcwd, (long)buf, (long)size);
}

/*
 * Our own executable's path, through any symlink, into buf (size bytes,
 * with its terminating zero); false if unknown or too long.
 */
bool ldso_self_exe(char *buf, size_t size)
{
	long n = ldso_readlink("/proc/self/exe", buf, size - 1);

	if (n <= 0 || n >= (long)size - 1)
		return false;
	buf[n] = 0;
	return true;
}

/* statx has one layout on every arch, unlike struct stat. */
struct statx_buf {
	uint32_t mask, blksize;
	uint64_t attributes;
	uint32_t nlink, uid, gid;
	uint16_t mode, pad1;
	uint64_t ino, size, blocks, attributes_mask;
	uint64_t times[8];
	uint32_t rdev_major, rdev_minor, dev_major, dev_minor;
	uint64_t spare[14];
};

static long file_id(int dirfd, const char *path, int flags,
		    struct ldso_file_id *id)
{
	struct statx_buf st;
	long r = arch_syscall5(SYS_statx, dirfd, (long)path, flags,
			       STATX_BASIC_STATS, (long)&st);

	if (r < 0)
		return r;
	id->dev = (uint64_t)st.dev_major << 32 | st.dev_minor;
	id->ino = st.ino;
	id->size = st.size;
	id->mode = st.mode;
	return 0;
}

long ldso_fstat(int fd, struct ldso_file_id *id)
{
	return file_id(fd, "", AT_EMPTY_PATH, id);
}

/* The file path names (through symlinks, as open): one call, no descriptor. */
long ldso_stat(const char *path, struct ldso_file_id *id)
{
	return file_id(AT_FDCWD, path, 0, id);
}
