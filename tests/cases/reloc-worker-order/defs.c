/*
 * The build's version defines what liblib.so and the program miss; the
 * installed one does not, and itself refers to a symbol nobody defines.
 */
void target(void) {}
extern int gone_first;
int *defs_pointer = &gone_first;
#ifdef FULL
int gone_first, gone_lib, gone_prog;
#endif
