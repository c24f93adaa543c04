/*
 * libr.so on aarch64 and riscv64: each slot starts as a word relocation
 * against target (R_AARCH64_ABS64, R_RISCV_64) that the build retypes.
 * Not const: the program must read the relocated words.
 */
char target[8] = "target";
char *slot_word = target;
char *slot_none = target + 0x77;	/* NONE: left as linked */
char *slot_none_old = target + 0x77;	/* aarch64's old NONE number, 256 */
/* Retyped to RELATIVE, symbol kept: B + A, whatever the symbol. */
char *slot_relsym = target + 0x20;
extern char __ehdr_start[] __attribute__((visibility("hidden")));
char *slot_base = __ehdr_start;	/* RELATIVE from ld: B */
