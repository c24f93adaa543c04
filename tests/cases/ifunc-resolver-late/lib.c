/*
 * libif.so: a local IFUNC whose resolver calls into libchoose.so through
 * the PLT.  impl_ptr's IRELATIVE sits in .rela.dyn, before the JUMP_SLOT
 * of choose in .rela.plt: only if IRELATIVE waits until the rest of the
 * object is relocated does the resolver find choose.
 */
int choose(void);
static int impl_a(void) { return 1; }
static int impl_b(void) { return 2; }
static int (*resolve(void))(void) { return choose() ? impl_b : impl_a; }
static int impl(void) __attribute__((ifunc("resolve")));
int (*impl_ptr)(void) = impl;
int lib_call(void) { return impl(); }

/* A word relocation in the same table as the IRELATIVE (R_X86_64_64, or
 * R_386_32 with its addend in place): applied once, not again in the
 * pass that runs the resolver after the rest. */
extern int choices[];
int *third = &choices[2];
