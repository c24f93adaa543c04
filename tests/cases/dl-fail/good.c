/* A valid library with a constructor: mapped by some failing dlopens
 * (as a dependency) before they fail, so it must be unmapped again and
 * its constructor must not have run. */
int good_ctor_runs;
__attribute__((constructor)) static void up(void) { good_ctor_runs++; }
int good_answer(void) { return 42; }
