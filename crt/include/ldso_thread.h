/*
 * What a threading runtime needs from the loader (exported by ld.so).
 *
 * Each thread needs a static TLS area of __ldso_tls_area_size() bytes,
 * aligned to __ldso_tls_area_align().  __ldso_tls_init(area) fills it in
 * (every module's initial TLS image, a fresh DTV, the TCB with its self
 * pointers and the process's canary) and returns the thread pointer to
 * install (CLONE_SETTLS).  When the thread has finished, its creator
 * calls __ldso_tls_release(tp) to free its dynamic TLS blocks; then the
 * area may be unmapped.
 */
#ifndef _LDSO_THREAD_H
#define _LDSO_THREAD_H

#include <stddef.h>

size_t __ldso_tls_area_size(void);
size_t __ldso_tls_area_align(void);
void *__ldso_tls_init(void *area);
void __ldso_tls_release(void *tp);

#endif
