/* libdef.so: the three functions libuse.so calls. */
int ext1(int x) { return x + 1; }
int ext2(int x) { return x + 2; }
int ext3(int x) { return x + 3; }
