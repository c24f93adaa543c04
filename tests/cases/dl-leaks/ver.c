/* A versioned library: lookups into it read its version tables. */
int ver_answer(void) { return 42; }
__thread int ver_tls = 7;
