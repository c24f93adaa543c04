/* Initial-exec TLS that fits in the surplus. */
__attribute__((tls_model("initial-exec"))) __thread int small_ie = 5;
int small_ie_value(void) { return small_ie; }
