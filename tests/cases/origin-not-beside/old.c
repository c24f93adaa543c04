/* lib1/libold.so: like libouter.so, with DT_RPATH. */
const char *old_inner(void);
const char *old_outer(void) { return old_inner(); }
