/* What liblib.so is linked against for prog_bar@PROG_1: the program's
 * definition comes first in scope and is the one bound. */
int prog_bar(void) { return -1; }
