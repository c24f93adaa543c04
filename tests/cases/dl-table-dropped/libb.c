/* libb.so: liba.so's dependency, in liba's dlopen group only. */
int b_value(void) { return 7; }
