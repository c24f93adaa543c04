/* Preloaded: comes before every DT_NEEDED library in the scope. */
const char *greet(void) { return "pre"; }
