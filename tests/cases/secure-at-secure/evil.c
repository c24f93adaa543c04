/* A library of the same name that LD_LIBRARY_PATH would put first. */
const char *who(void) { return "evil"; }
