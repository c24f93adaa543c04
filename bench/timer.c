/*
 * bench/timer [NAME=VALUE...] PROG [ARG...]: run PROG once, with exactly
 * the environment NAME=VALUE..., and print, on one line, its
 * wall time in microseconds (fork to reaped exit), its page faults (minor
 * and major), its peak RSS in KiB, its exit status and its traps: the
 * page faults the CPU took from the execve on (perf's software event,
 * which the kernel counts in its fault handler only, where the rusage
 * count also takes each page MAP_POPULATE or MADV_POPULATE_* mapped);
 * -1 when perf_event_open is refused (perf_event_paranoid).  Built static, so
 * that the forked child brings almost nothing of its own into the peak RSS
 * and the fault count (Linux carries the pre-exec high-water mark over).
 *
 * bench/timer --rss [NAME=VALUE...] PROG [ARG...]: run PROG once under
 * ptrace and print its peak resident memory and its resident memory at
 * the exit, in KiB, as the kernel counts it page by page (the Rss of
 * /proc/PID/smaps_rollup), and its exit status.  Resident memory only
 * goes down in a system call (munmap, madvise, an mmap over pages,
 * mremap, brk) or at the exit: read as every system call of every
 * thread enters and leaves, and as the process exits (PTRACE_O_TRACEEXIT,
 * before its memory goes), the largest reading is the peak.  The rusage
 * peak above comes from counts the kernel keeps in per-CPU batches of 32
 * pages and reads without them: it moves in steps of 128 KiB, and by
 * which CPU faulted a page.
 */
#include <linux/perf_event.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/*
 * A counter of this process's page-fault traps, disabled, inherited by
 * the child, and enabled in it by its execve: the timer's own faults and
 * the child's before the execve are not counted.  Reading it after the
 * child is reaped gives the child's count (an inherited counter's count
 * goes to its parent's when the child exits).  Kernel-mode faults on
 * user pages count too where allowed (a system call's buffer); -1 when
 * refused.
 */
static int traps_counter(void)
{
	struct perf_event_attr attr;
	int fd;

	memset(&attr, 0, sizeof(attr));
	attr.size = sizeof(attr);
	attr.type = PERF_TYPE_SOFTWARE;
	attr.config = PERF_COUNT_SW_PAGE_FAULTS;
	attr.disabled = 1;
	attr.inherit = 1;
	attr.enable_on_exec = 1;
	attr.exclude_hv = 1;
	fd = (int)syscall(SYS_perf_event_open, &attr, 0, -1, -1, PERF_FLAG_FD_CLOEXEC);
	if (fd < 0) {
		attr.exclude_kernel = 1;
		fd = (int)syscall(SYS_perf_event_open, &attr, 0, -1, -1,
				  PERF_FLAG_FD_CLOEXEC);
	}
	return fd;
}

static long long traps_read(int fd)
{
	long long n;

	if (fd < 0 || read(fd, &n, sizeof(n)) != (ssize_t)sizeof(n))
		return -1;
	close(fd);
	return n;
}

static int exit_status(int status)
{
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* The Rss line of /proc/PID/smaps_rollup, in KiB, or -1. */
static long rss_now(pid_t pid)
{
	char path[64], line[256];
	long kb = -1;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/smaps_rollup", (int)pid);
	if (!(f = fopen(path, "r")))
		return -1;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "Rss: %ld kB", &kb) == 1)
			break;
	fclose(f);
	return kb;
}

static int rss_traced(char **argv, char **env)
{
	int status, main_status = 0;
	long kb, peak = -1, at_exit = -1;
	pid_t pid = fork(), tid;

	if (pid == 0) {
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		execve(argv[0], argv, env);
		_exit(126);
	}
	/* The stop at the execve; then from system call to system call,
	 * in every thread, passing signals on. */
	if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status) ||
	    ptrace(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACEEXIT |
		   PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACECLONE) < 0) {
		perror("timer");
		return 2;
	}
	ptrace(PTRACE_SYSCALL, pid, 0, 0);
	while ((tid = waitpid(-1, &status, __WALL)) > 0) {
		int sig;
		if (!WIFSTOPPED(status)) {
			if (tid == pid)
				main_status = status;
			continue;
		}
		sig = WSTOPSIG(status);
		if (sig == (SIGTRAP | 0x80) || status >> 16 == PTRACE_EVENT_EXIT) {
			if ((kb = rss_now(tid)) > peak)
				peak = kb;
			if (tid == pid && status >> 16 == PTRACE_EVENT_EXIT)
				at_exit = kb;
			sig = 0;
		} else if (status >> 16 || sig == SIGSTOP) {
			sig = 0;	/* a clone event, a new thread's first stop */
		}
		ptrace(PTRACE_SYSCALL, tid, 0, sig);
	}
	printf("%ld %ld %d\n", peak, at_exit, exit_status(main_status));
	return peak < 0 || at_exit < 0 ? 2 : 0;
}

int main(int argc, char **argv)
{
	struct rusage ru;
	long long t0, t1;
	int status;
	char *env[64];
	int n = 0, i = 1, counter;
	int traced = i < argc && !strcmp(argv[i], "--rss");
	pid_t pid;

	i += traced;
	while (i < argc && strchr(argv[i], '=') && n < 63)
		env[n++] = argv[i++];
	env[n] = 0;
	if (i >= argc) {
		fputs("usage: timer [--rss] [NAME=VALUE...] PROG [ARG...]\n", stderr);
		return 2;
	}
	if (traced)
		return rss_traced(argv + i, env);
	counter = traps_counter();
	t0 = now_ns();
	pid = fork();
	if (pid == 0) {
		execve(argv[i], argv + i, env);
		_exit(126);
	}
	if (pid < 0 || wait4(pid, &status, 0, &ru) != pid) {
		perror("timer");
		return 2;
	}
	t1 = now_ns();
	printf("%lld %ld %ld %d %lld\n", (t1 - t0) / 1000, ru.ru_minflt + ru.ru_majflt,
	       ru.ru_maxrss, exit_status(status), traps_read(counter));
	return 0;
}
