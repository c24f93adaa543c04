/* lib1/libouter.so: its own list finds libinner.so relative to lib1/. */
const char *inner(void);
const char *outer(void) { return inner(); }
