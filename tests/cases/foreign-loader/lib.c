/* A library built for another loader: it needs that loader by name. */
int needs_it(void) { return 1; }
