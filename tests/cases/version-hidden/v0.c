/* libver.so before it had versions: what plain.c is linked against. */
const char *foo(void) { return "foo unversioned"; }
