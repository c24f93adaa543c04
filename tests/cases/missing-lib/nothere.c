/* Only linked against, then deleted: the program must not find it. */
void nothere_fn(void) {}
