/* One library per search directory; each names itself. */
const char *NAME(void) { return WHERE; }
