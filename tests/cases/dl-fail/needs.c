/* DT_NEEDED libgood.so (found) and libgone.so (deleted after the build). */
int needs_something(void) { return 1; }
