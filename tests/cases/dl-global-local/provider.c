/* Compiled twice: as libglobal.so (opened RTLD_GLOBAL) and liblocal.so
 * (RTLD_LOCAL), each defining its own symbol. */
int SYM = 7;
