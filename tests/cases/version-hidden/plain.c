/* libplain.so: bar without any version. */
const char *bar(void) { return "plain bar"; }
