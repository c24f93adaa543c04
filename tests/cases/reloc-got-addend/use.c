/* &data[0] through a GOT entry: GLOB_DAT (riscv64: R_RISCV_64). */
extern int data[];
int *first(void) { return &data[0]; }
