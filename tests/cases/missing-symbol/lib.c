/* The build's version defines the symbols; the installed one does not. */
#ifdef FULL
void no_such_fn(void) {}
int no_such_data;
#endif
void present_fn(void) {}
