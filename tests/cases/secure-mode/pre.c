/* A preload that would override who(). */
const char *who(void) { return "preloaded"; }
