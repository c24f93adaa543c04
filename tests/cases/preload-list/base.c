/* The DT_NEEDED library: every function here is overridden by a preload. */
const char *f1(void) { return "base"; }
const char *f2(void) { return "base"; }
const char *both(void) { return "base"; }
