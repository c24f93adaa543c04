/* The global scope's shared_word: every member of the group refers to
 * it, and defines its own, which must lose. */
int shared_word = 100;
