/* libuse.so: exactly three calls through the PLT (ext1..ext3) and three
 * pointers to its own data (R_*_RELATIVE). */
int ext1(int), ext2(int), ext3(int);
static int a = 1, b = 2, c = 3;
int *const table[3] = { &a, &b, &c };
int use(void) { return ext1(*table[0]) + ext2(*table[1]) + ext3(*table[2]); }
