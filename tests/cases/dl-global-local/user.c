/* Needs SYM from whichever provider is in the global scope; linked
 * without it (undefined symbols allowed in a shared library). */
extern int SYM;
int USER(void) { return SYM; }
