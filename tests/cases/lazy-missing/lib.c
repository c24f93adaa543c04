/* The build's version defines gone(); the one the program runs with does not. */
#ifdef AT_LINK_TIME
void gone(void) {}
#endif
int here(int x) { return x + 1; }
