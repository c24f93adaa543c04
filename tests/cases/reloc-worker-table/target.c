/* What the program's 280,000 words point at. */
void target(void) {}
