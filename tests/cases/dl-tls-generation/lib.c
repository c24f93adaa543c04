/*
 * Built twice: liba.so (FIRST 1) and libb.so (FIRST 5).  Dynamic TLS
 * (general-dynamic: the library is dlopen'ed), an image and a .tbss part.
 */
__thread int tv[4] = { FIRST, FIRST + 1, FIRST + 2, FIRST + 3 };
__thread int zero[64];

int tls_read(void) { return tv[0]; }
void tls_write(int v) { tv[0] = v; zero[63] = v; }
int tls_zero(void) { return zero[63]; }
