/* What every word of the program and of liblib.so points at. */
void target(void) {}
