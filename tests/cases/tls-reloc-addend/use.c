/*
 * Built twice: general-dynamic (libgd.so: DTPMOD and DTPOFF against tarr)
 * and initial-exec (libie.so: TPOFF against tarr).  Each reads tarr[0];
 * the build then gives the relocation against tarr an addend of 8 (a
 * compiler writes 0), so the read lands on tarr[2].
 */
extern __thread int tarr[4];
int NAME(void) { return tarr[0]; }
