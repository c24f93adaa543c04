/*
 * Initial-exec TLS in a library loaded by dlopen (DF_STATIC_TLS): its
 * block must come from the static surplus, SIZE bytes of it, aligned to
 * ALIGN.
 */
#ifndef ALIGN
#define ALIGN 16
#endif
__attribute__((tls_model("initial-exec"), aligned(ALIGN)))
__thread char block[SIZE] = { 7 };
int first(void) { return block[0] + block[SIZE - 1]; }
