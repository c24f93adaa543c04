/* Linked against; the file the loader finds in sub/ is text. */
int bad_fn(void) { return 1; }
