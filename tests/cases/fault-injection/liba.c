extern int lib_b_value(void);
static int big[4096] = { 1 };		/* .data */
static int zeros[8192];			/* .bss, past the file's last page */
int lib_a(void) { return lib_b_value() + big[0] + zeros[100] + 9; }
