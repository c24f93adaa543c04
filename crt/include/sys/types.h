/* The POSIX scalar types the runtime's interfaces use. */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>

/*
 * ssize_t is the signed type of size_t's width (what %zd expects: int on
 * ILP32, long on LP64), which is ptrdiff_t on both our ABIs.  off_t is the
 * kernel's __kernel_off_t, a long.
 */
typedef __PTRDIFF_TYPE__ ssize_t;
typedef long off_t;
typedef int pid_t;
typedef unsigned int mode_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;

#endif
