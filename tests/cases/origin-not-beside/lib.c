/* Each library names where it was built to be found. */
const char *NAME(void) { return WHERE; }
