/* libmid.so: a DT_NEEDED of the program that needs libleaf.so. */
const char *leaf(void);
const char *mid(void) { return leaf(); }
