/* The definition liblib.so's references must not reach. */
int shared_word = 42;
