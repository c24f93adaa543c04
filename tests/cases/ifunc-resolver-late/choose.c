/* libchoose.so: what the resolver asks. */
int choose(void) { return 1; }
