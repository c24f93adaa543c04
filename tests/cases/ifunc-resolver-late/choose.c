/* libchoose.so: what the resolver asks, and a table libif.so points into. */
int choose(void) { return 1; }
int choices[4] = { 10, 20, 30, 40 };
