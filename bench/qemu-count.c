/*
 * A QEMU user-mode plugin that counts the guest instructions a process
 * executes, from its first to its exit, and prints the count at exit:
 * the instructions column of bench/run for an arch this kernel cannot
 * run natively (callgrind needs to run it natively too).
 *
 * Why a plugin of our own: Debian's qemu-user is built to load plugins
 * but ships none, nor the header.  The few entry points used here are
 * QEMU's plugin API of version 1 (QEMU 7.2, Debian 12), declared by hand.
 *
 * How: each translated block, every time it runs, adds its instruction
 * count to one counter, atomically: the loader relocates large programs
 * on two threads (ldso/worker.c), which QEMU runs on two host threads.
 * (QEMU 7.2's inline counter add is not atomic, and lost about a sixth
 * of the count at 100 libraries of 2,000 functions.)  A block left early
 * (a fault, a system call that does not return) counts whole; the
 * programs measured take no faults, and exit_group ends one block.
 *
 * Use: qemu-i386 -plugin ./qemu-count.so -d plugin -D LOG ./prog
 * (the count goes to QEMU's log: "instructions N").
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define EXPORT __attribute__((visibility("default")))

typedef uint64_t plugin_id;
struct qemu_plugin_tb;

enum { CB_NO_REGS = 0 };	/* QEMU_PLUGIN_CB_NO_REGS */

/* QEMU refuses a plugin whose version it does not speak. */
EXPORT int qemu_plugin_version = 1;

size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
void qemu_plugin_register_vcpu_tb_exec_cb(struct qemu_plugin_tb *tb,
		void (*cb)(unsigned int vcpu, void *data), int flags,
		void *data);
void qemu_plugin_register_vcpu_tb_trans_cb(plugin_id id,
		void (*cb)(plugin_id id, struct qemu_plugin_tb *tb));
void qemu_plugin_register_atexit_cb(plugin_id id,
		void (*cb)(plugin_id id, void *data), void *data);
void qemu_plugin_outs(const char *text);

static uint64_t instructions;

static void executed(unsigned int vcpu, void *data)
{
	(void)vcpu;
	__atomic_fetch_add(&instructions, (uintptr_t)data, __ATOMIC_RELAXED);
}

static void translated(plugin_id id, struct qemu_plugin_tb *tb)
{
	(void)id;
	qemu_plugin_register_vcpu_tb_exec_cb(tb, executed, CB_NO_REGS,
		(void *)(uintptr_t)qemu_plugin_tb_n_insns(tb));
}

static void report(plugin_id id, void *data)
{
	char line[64];

	(void)id;
	(void)data;
	snprintf(line, sizeof line, "instructions %llu\n",
		 (unsigned long long)instructions);
	qemu_plugin_outs(line);
}

EXPORT int qemu_plugin_install(plugin_id id, const void *info, int argc,
			       char **argv)
{
	(void)info;
	(void)argc;
	(void)argv;
	qemu_plugin_register_vcpu_tb_trans_cb(id, translated);
	qemu_plugin_register_atexit_cb(id, report, NULL);
	return 0;
}
