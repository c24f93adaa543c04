/* One level of a dependency tree; the deepest level needs a library that
 * was deleted after the build, so the whole dlopen fails at the bottom. */
int LEVEL(void) { return 1; }
