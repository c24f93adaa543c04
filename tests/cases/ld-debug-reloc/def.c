/* libdef.so: the three functions libuse.so calls, and the value libword.so
 * points at. */
int ext1(int x) { return x + 1; }
int ext2(int x) { return x + 2; }
int ext3(int x) { return x + 3; }
int def_value = 7;
