/* TLS: dlopen'ed, so a dynamic block, made on first access. */
__thread int iter_tls = 3;
int *iter_tls_addr(void) { return &iter_tls; }
