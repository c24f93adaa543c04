/*
 * catch PROGRAM ARGS...: run PROGRAM under ptrace and report how it ends.
 * When it stops for a signal, prints
 *	signal SIGSEGV code 1 addr 0x28
 * (si_code and si_addr from PTRACE_GETSIGINFO), lets the signal kill it,
 * and exits 0; if it exits instead, prints "exit N".  A host (glibc)
 * program: the programs it runs may be of either arch.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	pid_t pid;
	int status;
	siginfo_t si;

	if (argc < 2)
		return 2;
	pid = fork();
	if (pid == 0) {
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		execv(argv[1], argv + 1);
		perror("execv");
		_exit(127);
	}
	/* The first stop is the SIGTRAP of execve. */
	if (waitpid(pid, &status, 0) < 0 || !WIFSTOPPED(status))
		return 1;
	ptrace(PTRACE_CONT, pid, 0, 0);
	for (;;) {
		if (waitpid(pid, &status, 0) < 0)
			return 1;
		if (WIFEXITED(status)) {
			printf("exit %d\n", WEXITSTATUS(status));
			return 0;
		}
		if (WIFSIGNALED(status)) {
			printf("killed %s\n", sigabbrev_np(WTERMSIG(status)));
			return 0;
		}
		int sig = WSTOPSIG(status);
		if (ptrace(PTRACE_GETSIGINFO, pid, 0, &si) == 0) {
			printf("signal SIG%s code %d addr %p\n", sigabbrev_np(sig),
			       si.si_code, si.si_addr);
			fflush(stdout);
		}
		ptrace(PTRACE_CONT, pid, 0, sig);
	}
}
