/*
 * Data holding a pointer, which the library's own relocation sets and a
 * non-PIE program copies (R_*_COPY): the copy must take the relocated
 * value.  The symtable build relocates the program on stage 6's worker,
 * which goes first (worker.c), and the library on the main thread, so
 * the copy happens only once the main thread is done.
 */
static int value = 42;
int *lib_pointer = &value;
int *lib_value_address(void) { return &value; }
