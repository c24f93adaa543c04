/* Messages for the errors the runtime's users are likely to meet. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

static const struct {
	int number;
	const char *message;
} messages[] = {
	{ 0, "Success" },
	{ EPERM, "Operation not permitted" },
	{ ENOENT, "No such file or directory" },
	{ ESRCH, "No such process" },
	{ EINTR, "Interrupted system call" },
	{ EIO, "Input/output error" },
	{ ENOEXEC, "Exec format error" },
	{ EBADF, "Bad file descriptor" },
	{ EAGAIN, "Resource temporarily unavailable" },
	{ ENOMEM, "Cannot allocate memory" },
	{ EACCES, "Permission denied" },
	{ EFAULT, "Bad address" },
	{ EEXIST, "File exists" },
	{ ENOTDIR, "Not a directory" },
	{ EISDIR, "Is a directory" },
	{ EINVAL, "Invalid argument" },
	{ EMFILE, "Too many open files" },
	{ ENOSPC, "No space left on device" },
	{ ESPIPE, "Illegal seek" },
	{ EPIPE, "Broken pipe" },
	{ ERANGE, "Numerical result out of range" },
	{ ENAMETOOLONG, "File name too long" },
	{ ENOSYS, "Function not implemented" },
	{ ELOOP, "Too many levels of symbolic links" },
};

char *strerror(int errnum)
{
	static char unknown[32];
	size_t i;

	for (i = 0; i < sizeof messages / sizeof messages[0]; i++)
		if (messages[i].number == errnum)
			return (char *)messages[i].message;
	snprintf(unknown, sizeof unknown, "Unknown error %d", errnum);
	return unknown;
}

void perror(const char *s)
{
	const char *message = strerror(errno);

	if (s && *s)
		fprintf(stderr, "%s: %s\n", s, message);
	else
		fprintf(stderr, "%s\n", message);
}
