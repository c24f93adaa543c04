/* The library the program was linked with (found through its RPATH). */
const char *who(void) { return "good"; }
