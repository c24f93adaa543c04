/* Initial-exec TLS larger than the whole surplus (1664 bytes). */
__attribute__((tls_model("initial-exec"))) __thread char big_ie[4096] = { 1 };
char *big_ie_addr(void) { return big_ie; }
