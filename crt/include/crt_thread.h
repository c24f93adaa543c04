/*
 * Minimal threads for test programs: create and join, nothing else (no
 * detach, no cancellation, no thread-specific data beyond __thread).
 *
 * Each thread gets its own stack and its own static TLS area with a TCB
 * from the loader (ldso_thread.h), so __thread variables of every model,
 * the stack-protector canary and errno work in it.  The runtime's malloc
 * and stdio calls are safe to make from several threads.
 *
 * Both return 0 or an errno value.  crt_thread_create() fails with
 * ENOSYS when the loader does not provide the thread TLS interface (a
 * static program, or another loader).
 */
#ifndef _CRT_THREAD_H
#define _CRT_THREAD_H

typedef struct crt_thread *crt_thread_t;

int crt_thread_create(crt_thread_t *thread, void *(*fn)(void *), void *arg);
int crt_thread_join(crt_thread_t thread, void **result);

/* The calling thread's thread pointer, which glibc's pthread_self returns. */
unsigned long pthread_self(void);

#endif
