/*
 * What the runtime's files share with each other and with nobody else.
 * Everything here is hidden: it is not part of libcrt.so's ABI.
 */
#ifndef CRT_INTERNAL_H
#define CRT_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#define CRT_HIDDEN __attribute__((__visibility__("hidden")))

/* The auxv after envp, found by __crt_start; exported for tests. */
extern unsigned long *__crt_auxv;

/* Turns a raw system-call result (-4095..-1 is -errno) into -1 + errno. */
CRT_HIDDEN long __crt_syscall_ret(long result);

/* Writes all of buf, retrying short writes and EINTR; 0 or -1. */
CRT_HIDDEN int __crt_write_all(int fd, const char *buf, size_t len);

/* Installs a handler through rt_sigaction with our signal return path. */
CRT_HIDDEN int __crt_sigaction(int sig, void (*handler)(int), int flags,
			       void (**old)(int));

/* Leaves the handler with a rt_sigreturn (arch/<arch>/crt_sigreturn.S). */
CRT_HIDDEN void __crt_restore_rt(void);

/*
 * A recursive futex lock (crt/lock.c).  Zero-initialised is unlocked.
 * malloc() takes one, every stdio call another.
 */
struct __crt_lock {
	int word;
	int owner;	/* thread id of the holder, 0 if none */
	int depth;
};

CRT_HIDDEN void __crt_lock(struct __crt_lock *l);
CRT_HIDDEN void __crt_unlock(struct __crt_lock *l);

/*
 * clone(2) for a thread that calls fn(arg) on its own stack, then exits
 * (arch/<arch>/crt_clone.S); the child's id or -errno.
 */
CRT_HIDDEN long __crt_clone(unsigned long flags, void *stack, int *parent_tid,
			    void *tls, int *child_tid, int (*fn)(void *),
			    void *arg);

/* Guards stdout's and stderr's buffers (crt/stdio.c). */
CRT_HIDDEN extern struct __crt_lock __crt_stdio_lock;

struct __crt_file {
	int fd;
	int mode;	/* CRT_FULLBUF, CRT_LINEBUF or CRT_UNBUF */
	int error;
	size_t len;	/* bytes waiting in buf */
	size_t size;
	char *buf;
};

enum { CRT_FULLBUF, CRT_LINEBUF, CRT_UNBUF };

/*
 * Every stdio call is a series of __crt_file_put() followed by one
 * __crt_file_done(), which applies the stream's buffering mode.
 */
CRT_HIDDEN void __crt_file_put(FILE *f, const char *s, size_t len);
CRT_HIDDEN int __crt_file_done(FILE *f);

/*
 * The printf engine writes through an output, which keeps the count of
 * characters produced (what printf returns) whatever the sink keeps.
 */
struct __crt_out {
	void (*write)(struct __crt_out *out, const char *s, size_t len);
	size_t count;
};

CRT_HIDDEN int __crt_format(struct __crt_out *out, const char *fmt,
			    va_list ap);

#endif
