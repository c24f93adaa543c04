/* A plain library, so the chain has something between the program and the loader. */
int NAME(void) { return 1; }
