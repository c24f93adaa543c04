/*
 * Initial-exec TLS in a library loaded by dlopen (DF_STATIC_TLS): its
 * block must come from the static surplus, SIZE bytes of it, aligned to
 * ALIGN.  With MODEL global-dynamic it has no TPREL relocation, and only
 * the DF_STATIC_TLS flag the build sets says it needs the surplus.
 */
#ifndef ALIGN
#define ALIGN 16
#endif
#ifndef MODEL
#define MODEL "initial-exec"
#endif
__attribute__((tls_model(MODEL), aligned(ALIGN)))
__thread char block[SIZE] = { 7 };
int first(void) { return block[0] + block[SIZE - 1]; }
