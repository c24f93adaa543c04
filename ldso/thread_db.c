/*
 * What glibc's libthread_db reads, so that gdb can find thread-local
 * variables of a program run by this loader (docs/gdb-tls.md).
 *
 * gdb 13 computes a TLS address only through libthread_db: it loads the
 * host's libthread_db.so.1 when the process starts, and that library asks
 * gdb, by name, for symbols of the process: __nptl_version (which must
 * equal its own glibc version), and _thread_db_* descriptors, each three
 * 32-bit words (size in bits, element count, offset) describing where a
 * field sits in a structure it then reads from the process's memory.
 * gdb looks the names up in every object's symbol table, so these stay
 * hidden: none of them is part of the loader's dynamic interface.
 *
 * Every descriptor describes one of our own layouts as it is: the TCB at
 * the thread pointer (struct tcb, arch.h) is glibc's "struct pthread",
 * our struct dso its "struct link_map", our DTV (ldso.h) its dtv, our
 * module table (tls.c) its slot info list.  What glibc keeps and we do
 * not (a thread's scheduling policy and priority, cancellation state,
 * start routine, event mask, the thread lists) is described as the TCB's
 * reserved words, which are always zero: "ordinary thread, alive, no
 * events", and the two thread lists as empty, so that
 * libthread_db finds every thread from its thread register (what gdb
 * asks for a live process) rather than from a list we do not keep.
 *
 * Nothing in the loader reads any of this; tls.c calls
 * ldso_thread_db_ready once the thread pointer is final.
 */
#include "ldso.h"

#define BITS(x) (8 * sizeof(x))
#define FIELD(type, member) \
	{ BITS(((type *)0)->member), 1, offsetof(type, member) }
/* A field we do not keep: the TCB's reserved words, which stay zero. */
#define ZERO_FIELD(bits) { bits, 1, offsetof(struct tcb, reserved) }

struct list_head {
	struct list_head *next, *prev;
};

/* Only with the version of the host's libthread_db (ldso/build.mk). */
#ifdef LDSO_THREAD_DB_VERSION
const char __nptl_version[] = LDSO_THREAD_DB_VERSION;
#endif

/* How to find a thread's TCB from its registers (arch.h). */
const uint32_t ARCH_THREAD_DB_SELF_NAME[] = ARCH_THREAD_DB_SELF;

/* The TCB. */
const uint32_t _thread_db_sizeof_pthread = sizeof(struct tcb);
const uint32_t _thread_db_pthread_dtvp[3] = FIELD(struct tcb, dtv);
const uint32_t _thread_db_pthread_list[3] = ZERO_FIELD(BITS(struct list_head));
const uint32_t _thread_db_pthread_specific[3] = ZERO_FIELD(BITS(void *));
const uint32_t _thread_db_pthread_tid[3] = ZERO_FIELD(32);
const uint32_t _thread_db_pthread_schedpolicy[3] = ZERO_FIELD(32);
const uint32_t _thread_db_pthread_schedparam_sched_priority[3] = ZERO_FIELD(32);
const uint32_t _thread_db_pthread_cancelhandling[3] = ZERO_FIELD(32);
const uint32_t _thread_db_pthread_report_events[3] = ZERO_FIELD(8);
const uint32_t _thread_db_pthread_start_routine[3] = ZERO_FIELD(BITS(void *));
const uint32_t _thread_db_pthread_eventbuf_eventmask_event_bits[3] = {
	32, 2, offsetof(struct tcb, reserved)
};
/* Before the thread pointer is set, libthread_db asks this instead. */
const uint8_t __nptl_initial_report_events;
const uint32_t _thread_db___nptl_initial_report_events[3] = { 8, 1, 0 };

/*
 * glibc's two thread lists.  While their next is 0, libthread_db takes
 * the process for one thread whose thread register is not set up yet
 * and reads no register; i386's %gs holds no usable selector at the first
 * instruction, and asking for its descriptor then fails.  Once the final
 * TCB is installed (tls.c) the lists become empty lists, and libthread_db
 * finds every thread from its thread register.
 */
struct list_head _dl_stack_user, _dl_stack_used;

void ldso_thread_db_ready(void)
{
	_dl_stack_user.next = _dl_stack_user.prev = &_dl_stack_user;
	_dl_stack_used.next = _dl_stack_used.prev = &_dl_stack_used;
}
const uint32_t _thread_db_sizeof_list_t = sizeof(struct list_head);
const uint32_t _thread_db_list_t_next[3] = FIELD(struct list_head, next);
const uint32_t _thread_db_list_t_prev[3] = FIELD(struct list_head, prev);

/* The module id and static offset of an object. */
const uint32_t _thread_db_link_map_l_tls_modid[3] = FIELD(struct dso, tls_id);
const uint32_t _thread_db_link_map_l_tls_offset[3] = FIELD(struct dso, tls_offset);

/*
 * The DTV: glibc's is an array whose element 0 holds the generation and
 * element i module i's block; ours has the generation in a header before
 * slot 0, so "element 0's counter" is described at a negative offset from
 * slot 0, which is where libthread_db reads it.
 */
const uint32_t _thread_db_dtv_dtv[3] = {
	BITS(struct dtv_slot), 0, offsetof(struct dtv, slot)
};
const uint32_t _thread_db_dtv_t_pointer_val[3] = FIELD(struct dtv_slot, block);
const uint32_t _thread_db_dtv_t_counter[3] = {
	BITS(size_t), 1,
	(uint32_t)(offsetof(struct dtv, generation) - offsetof(struct dtv, slot))
};

/* The module table (tls.c's _dl_tls_dtv_slotinfo_list). */
const uint32_t _thread_db__dl_tls_dtv_slotinfo_list[3] = { BITS(void *), 1, 0 };
const uint32_t _thread_db_sizeof_dtv_slotinfo_list = sizeof(struct tls_module_table);
const uint32_t _thread_db_dtv_slotinfo_list_len[3] = FIELD(struct tls_module_table, capacity);
const uint32_t _thread_db_dtv_slotinfo_list_next[3] = FIELD(struct tls_module_table, next);
const uint32_t _thread_db_dtv_slotinfo_list_slotinfo[3] = {
	BITS(struct tls_module), 0, offsetof(struct tls_module_table, slot)
};
const uint32_t _thread_db_sizeof_dtv_slotinfo = sizeof(struct tls_module);
const uint32_t _thread_db_dtv_slotinfo_gen[3] = FIELD(struct tls_module, generation);
const uint32_t _thread_db_dtv_slotinfo_map[3] = FIELD(struct tls_module, dso);
