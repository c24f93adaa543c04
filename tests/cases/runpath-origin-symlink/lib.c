/* Lives next to the real program, not next to the symlink. */
const char *lib_l(void) { return "found through the real directory"; }
