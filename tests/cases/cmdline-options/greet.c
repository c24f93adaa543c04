/* libgreet.so, built twice: in lp/ (WHO "lp") and in env/ (WHO "env"). */
const char *greet(void) { return WHO; }
